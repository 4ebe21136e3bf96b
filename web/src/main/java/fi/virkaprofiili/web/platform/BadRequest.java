package fi.virkaprofiili.web.platform;

/**
 * A request the page cannot serve as sent, such as a task address without a task: answered with
 * {@link #status()} and the error page that explains {@link #reasonKey()} in the page's language.
 */
public class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String reasonKey;

  public BadRequest(int status, String reasonKey, String message) {
    super(message);
    this.status = status;
    this.reasonKey = reasonKey;
  }

  public int status() {
    return status;
  }

  public String reasonKey() {
    return reasonKey;
  }
}
