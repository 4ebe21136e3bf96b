package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Puts texts from the portal's resource bundles on the page, in the user's language. */
@ApplicationScoped
public class Messages {

  public static final String BUNDLE = "fi.virkaprofiili.web.messages";

  public String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    try {
      return MessageFormat.format(bundle.getString(key), arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** A message already in the user's language. */
  public void errorText(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Tells the user why the system refused, in words they understand. */
  public void refusal(BusinessException refusal) {
    error(refusal.messageKey());
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(key, arguments);
    faces.addMessage(null, new FacesMessage(severity, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
