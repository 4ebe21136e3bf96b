package fi.virkaprofiili.platform.database;

/**
 * The database holds a schema this build cannot run on: another Camunda version's, a changelog
 * changed since it was applied, or engine tables missing. Start-up stops on it: trying again would
 * not help, and running on it could damage the data.
 */
public class IncompatibleSchemaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Where the README tells an operator what to do. */
  public static final String README_SECTION = "README, section 'Schema and upgrades'";

  public IncompatibleSchemaException(String message) {
    super(message);
  }

  public IncompatibleSchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
