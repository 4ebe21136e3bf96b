package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page for a person the organisation's provider signed in but whose groups mean no role of the
 * portal, and for a sign-in whose answer from the provider was refused.
 */
@Named
@RequestScoped
public class NoAccessPage {

  static final String PATH = "/no-access.xhtml";
  static final String REFUSED = PATH + "?refused=true";

  /** Whether the provider's answer was refused, rather than the person having no role. */
  public boolean isRefused() {
    return "true"
        .equals(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("refused"));
  }
}
