package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The language of the user interface: Finnish, Swedish or English. Chosen from the browser's
 * preference at first, then by the user with a link ({@code ?lang=sv} on any page), and remembered
 * in a cookie for a year. Nothing is kept on the server, so that public pages need no session.
 */
@Named
@RequestScoped
public class LocaleSelection {

  static final String COOKIE = "virkaprofiili-lang";
  static final String PARAMETER = "lang";
  public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      String chosen = external.getRequestParameterMap().get(PARAMETER);
      if (chosen != null && LANGUAGES.contains(chosen)) {
        locale = Locale.forLanguageTag(chosen);
        external.addResponseCookie(
            COOKIE, chosen, Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true));
      } else {
        locale = initialLocale(external);
      }
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** This page, with what it was asked for, in {@code language}. */
  public String linkTo(String language) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    // After a forward (an error page), the address the user sees is the original one.
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
    String query =
        forwarded != null
            ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    return path + "?" + withLanguage(query, language);
  }

  /** A query string with its language parameter, if any, replaced by {@code language}. */
  static String withLanguage(String query, String language) {
    String others =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(
                    part ->
                        !part.isEmpty()
                            && !part.equals(PARAMETER)
                            && !part.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    String chosen = PARAMETER + "=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    return others.isEmpty() ? chosen : others + "&" + chosen;
  }

  /**
   * The language this request asks for without a choice in it: the one the user chose before (the
   * cookie), else the browser's first of ours, else Finnish.
   */
  public static Locale initialLocale(ExternalContext external) {
    return Locale.forLanguageTag(languageOf((HttpServletRequest) external.getRequest()));
  }

  /**
   * As {@link #initialLocale}, for a request outside the faces servlet; also heeds a choice in it.
   */
  public static String languageOf(HttpServletRequest request) {
    String chosen = request.getParameter(PARAMETER);
    if (chosen != null && LANGUAGES.contains(chosen)) {
      return chosen;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
          return cookie.getValue();
        }
      }
    }
    var preferred = request.getLocales();
    while (preferred.hasMoreElements()) {
      String language = preferred.nextElement().getLanguage();
      if (LANGUAGES.contains(language)) {
        return language;
      }
    }
    return "fi";
  }
}
