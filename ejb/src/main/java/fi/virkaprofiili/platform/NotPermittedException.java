package fi.virkaprofiili.platform;

/** The caller may not do this, whatever the page offered them. Always logged. */
public class NotPermittedException extends BusinessException {

  public NotPermittedException(String message) {
    super("error.notPermitted", message);
  }
}
