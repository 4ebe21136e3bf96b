package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the user interface: Finnish, Swedish or English. Chosen from the browser's
 * preference at first, then by the user, and remembered in a cookie for a year.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String COOKIE = "virkaprofiili-lang";
  public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = initialLocale(FacesContext.getCurrentInstance().getExternalContext());
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  public String choose(String language) {
    if (LANGUAGES.contains(language)) {
      locale = Locale.forLanguageTag(language);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
      external.addResponseCookie(COOKIE, language, Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true));
    }
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }

  /**
   * The language this request asks for without a session: the one the user chose before (the
   * cookie), else the browser's first of ours, else Finnish.
   */
  public static Locale initialLocale(ExternalContext external) {
    Object cookie = external.getRequestCookieMap().get(COOKIE);
    if (cookie instanceof Cookie c && LANGUAGES.contains(c.getValue())) {
      return Locale.forLanguageTag(c.getValue());
    }
    var preferred = external.getRequestLocales();
    while (preferred.hasNext()) {
      String language = preferred.next().getLanguage();
      if (LANGUAGES.contains(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return Locale.forLanguageTag("fi");
  }
}
