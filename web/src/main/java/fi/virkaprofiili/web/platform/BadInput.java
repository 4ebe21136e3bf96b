package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.DatabaseFailures;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.ServletException;
import jakarta.validation.ConstraintViolationException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.csp.CspException;

/**
 * Which failures are the client's: bad input is answered with a 4xx and a reason in the page's
 * language, never a 500 (issue 14, hole 5). A database that cannot be reached is no fault of the
 * request either: it is answered 503, "try again shortly" (issue 15). Everything else stays a
 * server error. One place, used by the JSF exception handler ({@link
 * BadInputExceptionHandlerFactory}) and by the filter that sees what fails outside JSF ({@link
 * BadInputFilter}).
 */
public final class BadInput {

  /** The request attribute that names the message key of the reason, for the error page. */
  public static final String REASON = "fi.virkaprofiili.web.reason";

  /** The reason of a 503 while the database is away or start-up waits for it. */
  public static final String UNAVAILABLE_KEY = "error.503.text";

  /** The reason of a 503 after start-up stopped on a fault an operator has to mend. */
  public static final String STOPPED_KEY = "error.503.stopped";

  /** The answer to a refused request: its status and the message key that says why. */
  public record Refusal(int status, String reasonKey) {

    /** Whether the server cannot answer now, rather than the request being wrong. */
    public boolean unavailable() {
      return status == 503;
    }
  }

  private BadInput() {}

  /** The refusal this failure calls for, or empty when it is the server's own fault. */
  public static Optional<Refusal> of(Throwable failure) {
    if (DatabaseFailures.isOutage(failure)) {
      return Optional.of(new Refusal(503, UNAVAILABLE_KEY));
    }
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; ) {
      Optional<Refusal> refusal = ofOne(cause);
      if (refusal.isPresent()) {
        return refusal;
      }
      cause = next(cause);
    }
    return Optional.empty();
  }

  /**
   * The refusal for a failure JSF met in {@code phase}: as {@link #of(Throwable)}, and a posted
   * view state that breaks while it is restored on the page it was posted to is no state that page
   * gave (it is another page's, or forged), so the post is a bad request, whatever the restoring
   * broke on. Mojarra does not check that a view state belongs to the page it is posted to: one of
   * the task list, posted to the review form, fails on components that have the same generated id
   * on both pages but are not the same.
   */
  public static Optional<Refusal> of(Throwable failure, PhaseId phase, boolean postback) {
    Optional<Refusal> refusal = of(failure);
    if (refusal.isEmpty() && postback && PhaseId.RESTORE_VIEW.equals(phase)) {
      return Optional.of(new Refusal(400, "error.400.text"));
    }
    return refusal;
  }

  private static Optional<Refusal> ofOne(Throwable cause) {
    if (cause instanceof BadRequest bad) {
      return Optional.of(new Refusal(bad.status(), bad.reasonKey()));
    }
    if (cause instanceof ViewExpiredException || cause instanceof ProtectedViewException) {
      // also a forged or foreign view state: the page is no longer (or never was) this session's
      return Optional.of(new Refusal(400, "error.expired.text"));
    }
    if (cause instanceof CspException) {
      // a post without the nonce its page gave: not sent by that page, so never acted on
      // (PageNonce checks it right after the view is restored, before any action)
      return Optional.of(new Refusal(400, "error.400.text"));
    }
    if (cause instanceof ConstraintViolationException) {
      // a boundary's own rules, reached by a request the page would not have sent
      return Optional.of(new Refusal(400, "error.400.text"));
    }
    if (cause instanceof BusinessException refusal) {
      return Optional.of(new Refusal(statusOf(refusal), refusal.messageKey()));
    }
    String name = cause.getClass().getName();
    String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
    if (cause instanceof FacesException && message.startsWith("unable to restore view")) {
      // Mojarra's answer to jakarta.faces.ViewState=stateless on a page that keeps its state
      return Optional.of(new Refusal(400, "error.expired.text"));
    }
    if (name.endsWith("SizeLimitExceededException")
        || message.contains("exceeds its maximum permitted size")
        || message.contains("exceeds the configured maximum")) {
      return Optional.of(new Refusal(413, "error.413.text"));
    }
    boolean parsing =
        cause instanceof java.io.IOException
            || cause instanceof IllegalStateException
            || cause instanceof ServletException;
    if (name.endsWith("MalformedStreamException")
        || name.endsWith("InvalidContentTypeException")
        || name.endsWith("FileUploadException")
        || (parsing && (message.contains("multipart") || message.contains("boundary")))) {
      return Optional.of(new Refusal(400, "error.400.text"));
    }
    return Optional.empty();
  }

  private static int statusOf(BusinessException refusal) {
    if (refusal instanceof NotPermittedException) {
      return 403;
    }
    if (refusal instanceof NotFoundException) {
      return 404;
    }
    if (refusal instanceof ConflictException) {
      return 409;
    }
    return 400;
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof ServletException servlet && servlet.getRootCause() != null) {
      return servlet.getRootCause();
    }
    if (cause instanceof EJBException ejb && ejb.getCausedByException() != null) {
      return ejb.getCausedByException();
    }
    return cause.getCause();
  }
}
