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
  public static final String PARAMETER = "lang";
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
    return linkTo(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
        language);
  }

  /**
   * Built from the application's own path and the view, never from the raw request URI: a request
   * for {@code //evil.example/%2e%2e/registry.xhtml} reaches the registry, and a link starting with
   * {@code //} would lead the user off-site. So the link is path-absolute, starts with exactly one
   * slash and names no scheme or host.
   */
  static String linkTo(HttpServletRequest request, String language) {
    // After a forward (an error page), the address the user sees is the original one.
    boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
    String path =
        forwarded
            ? attribute(request, RequestDispatcher.FORWARD_CONTEXT_PATH)
                + attribute(request, RequestDispatcher.FORWARD_SERVLET_PATH)
                + attribute(request, RequestDispatcher.FORWARD_PATH_INFO)
            : orEmpty(request.getContextPath())
                + orEmpty(request.getServletPath())
                + orEmpty(request.getPathInfo());
    String query =
        forwarded
            ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    return sameSitePath(path) + "?" + withLanguage(query, language);
  }

  /**
   * A decoded path as a path-absolute reference on this site: percent-encoded where it must be (a
   * backslash too, which browsers read as a slash) and with one leading slash.
   */
  static String sameSitePath(String path) {
    StringBuilder encoded = new StringBuilder("/");
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    while (start < bytes.length && bytes[start] == '/') {
      start++;
    }
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (isPathCharacter(b)) {
        encoded.append((char) b);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
        encoded.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  private static boolean isPathCharacter(int b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || "-._~!$&'()*+,;=:@/".indexOf(b) >= 0;
  }

  private static String attribute(HttpServletRequest request, String name) {
    Object value = request.getAttribute(name);
    return value == null ? "" : value.toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
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
