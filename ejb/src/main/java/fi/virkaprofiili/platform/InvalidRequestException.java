package fi.virkaprofiili.platform;

/** The request breaks a rule that only the boundary can check, such as a date too soon. */
public class InvalidRequestException extends BusinessException {

  public InvalidRequestException(String messageKey, String message) {
    super(messageKey, message);
  }

  public InvalidRequestException(String messageKey, String message, Object... messageArguments) {
    super(messageKey, message, messageArguments);
  }
}
