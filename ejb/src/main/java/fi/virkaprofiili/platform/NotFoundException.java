package fi.virkaprofiili.platform;

/** What was asked for does not exist, or no longer waits for anyone (decided, withdrawn). */
public class NotFoundException extends BusinessException {

  public NotFoundException(String messageKey, String message) {
    super(messageKey, message);
  }
}
