package fi.virkaprofiili.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user should understand: the transaction is rolled back and the portal shows the
 * message named by {@link #messageKey()} from its resource bundles.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  protected BusinessException(String messageKey, String message) {
    this(messageKey, message, new Object[0]);
  }

  /**
   * {@code arguments} fill the message's placeholders ({0}, {1}, ...): what the user must know to
   * act, such as which profile already has an account.
   */
  protected BusinessException(String messageKey, String message, Object... arguments) {
    super(message);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }
}
