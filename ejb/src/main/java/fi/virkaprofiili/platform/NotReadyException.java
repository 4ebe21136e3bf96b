package fi.virkaprofiili.platform;

/**
 * The service cannot serve yet: start-up still waits for the database, or stopped on a fault an
 * operator has to mend. Answered like a database outage, with "try again shortly" (503).
 */
public class NotReadyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotReadyException(String message) {
    super(message);
  }
}
