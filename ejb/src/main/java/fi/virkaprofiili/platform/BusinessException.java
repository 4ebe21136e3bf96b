package fi.virkaprofiili.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user should understand: the transaction is rolled back and the portal shows the
 * message named by {@link #messageKey()} from its resource bundles.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private final String messageKey;

  protected BusinessException(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
