package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Why a request was refused, for the error pages: the reason {@link BadInput} named for it, or the
 * page's own general text when there is none (the page was opened directly, or after an Ajax
 * request).
 */
@Named
@RequestScoped
public class ErrorPage {

  @Inject private Messages messages;

  /**
   * Gives the page its status also when it is opened by a redirect (after an Ajax request failed),
   * not by the container's error dispatch: a "try again shortly" page must not say 200.
   */
  public void answerWith(int status) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (!external.isResponseCommitted()) {
      external.setResponseStatus(status);
      if (status == 503) {
        external.setResponseHeader("Retry-After", ErrorPagesFilter.RETRY_AFTER_SECONDS);
      }
    }
  }

  public String reason(String otherwise) {
    Object key =
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(BadInput.REASON);
    return messages.text(key instanceof String reason ? reason : otherwise);
  }
}
