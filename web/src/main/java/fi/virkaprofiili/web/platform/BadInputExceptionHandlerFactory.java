package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.OutageLog;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers bad input that reaches JSF with a 4xx and the error page for it, in the page's language,
 * instead of a 500 ({@link BadInput} says which failures are bad input). A full request gets the
 * status and the page at once; an Ajax request is sent to the page, as PrimeFaces sends it to the
 * page of any other failure. An expired, forged or foreign view state is sent to the "page had
 * expired" page, full request or not, as it was before. What is not bad input goes on to
 * PrimeFaces' handler, which this one wraps.
 */
public class BadInputExceptionHandlerFactory extends ExceptionHandlerFactory {

  public BadInputExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    private static final Logger LOG =
        Logger.getLogger(BadInputExceptionHandlerFactory.class.getName());

    private static final String EXPIRED = "error.expired.text";

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
          events.hasNext(); ) {
        ExceptionQueuedEventContext queued = events.next().getContext();
        Throwable failure = queued.getException();
        Optional<BadInput.Refusal> refusal =
            BadInput.of(failure, queued.getPhaseId(), context.isPostback());
        if (refusal.isPresent() && answer(context, refusal.get(), failure)) {
          events.remove();
        }
      }
      getWrapped().handle();
    }

    /** Answers the refusal, if the response can still be changed; whether it was. */
    private static boolean answer(
        FacesContext context, BadInput.Refusal refusal, Throwable failure) {
      ExternalContext external = context.getExternalContext();
      if (external.isResponseCommitted()) {
        return false;
      }
      if (refusal.unavailable()) {
        OutageLog.noted(external.getRequestServletPath(), failure);
      } else {
        LOG.log(
            Level.INFO,
            "Refused with {0}: {1} {2}",
            new Object[] {
              refusal.status(), external.getRequestServletPath(), rootMessage(failure)
            });
      }
      try {
        if (refusal.reasonKey().equals(EXPIRED)) {
          // as before: to the page that says so, where a browser (and ProposalWizardIT) expects it
          external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
        } else if (context.getPartialViewContext().isAjaxRequest()) {
          external.redirect(
              external.getRequestContextPath() + "/error/" + refusal.status() + ".xhtml");
        } else {
          external.getRequestMap().put(BadInput.REASON, refusal.reasonKey());
          external.responseReset();
          external.responseSendError(refusal.status(), null);
        }
        context.responseComplete();
        return true;
      } catch (IOException | IllegalStateException e) {
        throw new FacesException(e);
      }
    }

    private static String rootMessage(Throwable failure) {
      Throwable root = failure;
      for (int depth = 0; depth < 20 && root.getCause() != null; depth++) {
        root = root.getCause();
      }
      return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
  }
}
