package fi.virkaprofiili.platform;

/** The request came too late: something else happened first (decided, withdrawn, closed). */
public class ConflictException extends BusinessException {

  public ConflictException(String messageKey, String message) {
    super(messageKey, message);
  }

  public ConflictException(String messageKey, String message, Object... arguments) {
    super(messageKey, message, arguments);
  }
}
