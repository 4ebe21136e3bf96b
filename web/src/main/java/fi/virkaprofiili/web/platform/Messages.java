package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.task.boundary.TaskNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Puts texts from the portal's resource bundles on the page, in the user's language. */
@ApplicationScoped
public class Messages {

  @Inject private Dates dates;

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

  /** The name of a kind of task in the user's language, from the names the task e-mail uses too. */
  public String taskName(String taskKey) {
    return TaskNames.of(taskKey, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** Whether the kind of task has a name of its own. */
  public boolean isTaskNamed(String taskKey) {
    return TaskNames.isNamed(taskKey, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /**
   * A message kept as a key, such as why an imported row was refused: from the portal's bundles, or
   * else one of the rules' own messages (Bean Validation's {@code ValidationMessages}), whose one
   * placeholder ({max}, {value}) gets the argument.
   */
  public String ruleText(String key, String argument) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    ResourceBundle portal = ResourceBundle.getBundle(BUNDLE, locale);
    if (portal.containsKey(key)) {
      return MessageFormat.format(portal.getString(key), argument == null ? "" : argument);
    }
    try {
      // No fallback to the server's own language: English is the rules' base bundle.
      String rule =
          ResourceBundle.getBundle(
                  "ValidationMessages",
                  locale,
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_DEFAULT))
              .getString(key);
      return argument == null ? rule : rule.replace("{max}", argument).replace("{value}", argument);
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
    error(refusal.messageKey(), readable(refusal.messageArguments()));
  }

  /** A day a refusal names is written as the user's language writes days. */
  private Object[] readable(Object[] arguments) {
    Object[] readable = arguments.clone();
    for (int i = 0; i < readable.length; i++) {
      if (readable[i] instanceof LocalDate day) {
        readable[i] = dates.day(day);
      }
    }
    return readable;
  }

  /**
   * An error shown on the page being rendered only. Unlike {@link #error}, it keeps nothing for a
   * redirect: the flash lives in the session, which stateless public pages never open.
   */
  public void errorOnThisPage(String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(key, arguments);
    faces.addMessage(null, new FacesMessage(severity, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
