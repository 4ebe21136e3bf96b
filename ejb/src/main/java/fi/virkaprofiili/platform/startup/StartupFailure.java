package fi.virkaprofiili.platform.startup;

import fi.virkaprofiili.platform.DatabaseFailures;
import fi.virkaprofiili.platform.database.IncompatibleSchemaException;
import fi.virkaprofiili.platform.identity.OpenIdProviderCheck;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a failed start-up says to an operator, in one line: what is wrong and what to do. A database
 * that is down, absent, refuses the user or is held by another process may be mended while the node
 * waits, so start-up tries again; a schema this build cannot run on stops it.
 */
record StartupFailure(Kind kind, String reason) {

  enum Kind {
    DATABASE_DOWN(true),
    DATABASE_ABSENT(true),
    WRONG_CREDENTIALS(true),
    DATABASE_IN_USE(true),
    INCOMPATIBLE_SCHEMA(false),
    OPENID_PROVIDER(false),
    UNEXPECTED(true);

    private final boolean retried;

    Kind(boolean retried) {
      this.retried = retried;
    }

    boolean retried() {
      return retried;
    }
  }

  boolean retried() {
    return kind.retried();
  }

  /** The failure of a start-up against the database at {@code url} as user {@code user}. */
  static StartupFailure of(Throwable failure, String url, String user) {
    String database = redacted(url);
    List<Throwable> chain = chain(failure);
    Optional<IncompatibleSchemaException> schema =
        chain.stream()
            .filter(IncompatibleSchemaException.class::isInstance)
            .map(IncompatibleSchemaException.class::cast)
            .findFirst();
    if (schema.isPresent()) {
      return new StartupFailure(Kind.INCOMPATIBLE_SCHEMA, schema.get().getMessage());
    }
    Optional<OpenIdProviderCheck.OpenIdProviderException> provider =
        chain.stream()
            .filter(OpenIdProviderCheck.OpenIdProviderException.class::isInstance)
            .map(OpenIdProviderCheck.OpenIdProviderException.class::cast)
            .findFirst();
    if (provider.isPresent()) {
      return new StartupFailure(Kind.OPENID_PROVIDER, provider.get().getMessage());
    }
    if (chain.stream().anyMatch(cause -> named(cause, "ValidationFailedException"))) {
      return new StartupFailure(
          Kind.INCOMPATIBLE_SCHEMA,
          "The schema of the database at "
              + database
              + " was made by another version of this application: changesets applied there"
              + " differ from this build's (Liquibase validation failed). Run the version the"
              + " database was made by, or restore a backup; see "
              + IncompatibleSchemaException.README_SECTION
              + ".");
    }
    String states = sqlStates(chain);
    String messages = messages(chain);
    if (states.contains("28P01")
        || states.contains("28000")
        || messages.contains("password authentication failed")
        || messages.contains("wrong user name or password")) {
      return new StartupFailure(
          Kind.WRONG_CREDENTIALS,
          "The database at "
              + database
              + " refused user '"
              + user
              + "' (wrong user name or password): set virkaprofiili.db.user and"
              + " virkaprofiili.db.password (VIRKAPROFIILI_DB_USER, VIRKAPROFIILI_DB_PASSWORD),"
              + " or give that user access.");
    }
    if (states.contains("3D000")
        || states.contains("90146")
        || (messages.contains("database") && messages.contains("does not exist"))) {
      return new StartupFailure(
          Kind.DATABASE_ABSENT,
          "The database named in "
              + database
              + " does not exist: create it (createdb, see README 'Production on PostgreSQL'),"
              + " or correct virkaprofiili.db.url (VIRKAPROFIILI_DB_URL).");
    }
    if (messages.contains("database may be already in use") || states.contains("90020")) {
      return new StartupFailure(
          Kind.DATABASE_IN_USE,
          "The database "
              + database
              + " is held by another process (an embedded H2 file opens in one process only):"
              + " stop the other one, or use PostgreSQL for more than one node.");
    }
    if (DatabaseFailures.isOutage(failure)
        || messages.contains("connection refused")
        || messages.contains("connection attempt failed")
        || messages.contains("timed out")
        || messages.contains("unknownhost")) {
      return new StartupFailure(
          Kind.DATABASE_DOWN,
          "The database at "
              + database
              + " does not answer ("
              + DatabaseFailures.describe(failure)
              + "): start it, or correct virkaprofiili.db.url (VIRKAPROFIILI_DB_URL).");
    }
    Throwable root = chain.get(chain.size() - 1);
    return new StartupFailure(
        Kind.UNEXPECTED,
        "Start-up against "
            + database
            + " failed: "
            + root.getClass().getSimpleName()
            + ": "
            + root.getMessage());
  }

  /** The URL without a password that might be written in it. */
  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static boolean named(Throwable cause, String simpleName) {
    return cause.getClass().getSimpleName().equals(simpleName);
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, true) == null && chain.size() < 50;
        cause = next(cause)) {
      chain.add(cause);
      if (cause instanceof SQLException sql && sql.getNextException() != null) {
        chain.add(sql.getNextException());
      }
    }
    return chain;
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof jakarta.ejb.EJBException ejb && ejb.getCausedByException() != null) {
      return ejb.getCausedByException();
    }
    return cause.getCause();
  }

  private static String sqlStates(List<Throwable> chain) {
    StringBuilder states = new StringBuilder();
    for (Throwable cause : chain) {
      if (cause instanceof SQLException sql) {
        states.append(sql.getSQLState()).append(' ').append(sql.getErrorCode()).append(' ');
      }
    }
    return states.toString();
  }

  private static String messages(List<Throwable> chain) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause : chain) {
      messages.append(cause.getClass().getSimpleName()).append(": ");
      messages.append(cause.getMessage()).append('\n');
    }
    return messages.toString().toLowerCase(Locale.ROOT);
  }
}
