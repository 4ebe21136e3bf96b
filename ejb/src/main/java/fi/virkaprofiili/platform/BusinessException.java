package fi.virkaprofiili.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user should understand: the transaction is rolled back and the portal shows the
 * message named by {@link #messageKey()} from its resource bundles.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private final String messageKey;
  private final Object[] messageArguments;

  protected BusinessException(String messageKey, String message) {
    this(messageKey, message, new Object[0]);
  }

  /**
   * With what the message names, such as a limit and the earliest day allowed; the portal formats
   * them in the user's language.
   */
  protected BusinessException(String messageKey, String message, Object... messageArguments) {
    super(message);
    this.messageKey = messageKey;
    this.messageArguments = messageArguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  /** The values the message names, in the order of its placeholders; none for most. */
  public Object[] messageArguments() {
    return messageArguments == null ? new Object[0] : messageArguments.clone();
  }
}
