package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.SignInThrottle;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Every password check of the web asks here first and tells here how it went: the portal's sign-in
 * page and, through {@code web.camunda.SignInThrottleFilter}, Camunda's webapps and REST API. It
 * puts the request's client (see {@link ClientAddress}) and the token of an earlier sign-in (a
 * cookie) to {@link SignInThrottle}.
 */
@ApplicationScoped
public class SignInGuard {

  /** The browser's token of an earlier sign-in: a random value the server knows the digest of. */
  public static final String KNOWN_CLIENT_COOKIE = "vp_signed_in_before";

  @Inject private SignInThrottle throttle;
  @Inject private ClientAddress clients;

  /** How long this try must wait before any password is checked; zero if it may go ahead. */
  public Duration hold(HttpServletRequest request, String userId) {
    return throttle.hold(userId, clients.of(request), knownToken(request));
  }

  public void failed(HttpServletRequest request, String userId) {
    String client = clients.of(request);
    retriedOnce(
        () -> {
          throttle.failed(userId, client);
          return null;
        });
  }

  /** The right password: the browser is known for the account from now on (by a cookie). */
  public void succeeded(HttpServletRequest request, HttpServletResponse response, String userId) {
    String token = retriedOnce(() -> throttle.succeeded(userId, knownToken(request)));
    Cookie cookie = new Cookie(KNOWN_CLIENT_COOKIE, token);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) SignInThrottle.KNOWN_FOR.toSeconds());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  /**
   * Runs a count again if it failed: two nodes creating the same counter at once make one of them
   * fail on the key, and the second try finds the row.
   */
  public static <T> T retriedOnce(Supplier<T> count) {
    try {
      return count.get();
    } catch (EJBException concurrentlyCreated) {
      return count.get();
    }
  }

  private static String knownToken(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (KNOWN_CLIENT_COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  /** A hold in whole seconds, at least one: what a person is told to wait. */
  public static long seconds(Duration hold) {
    long seconds = hold.getSeconds() + (hold.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  /** A hold in whole minutes, at least one. */
  public static long minutes(Duration hold) {
    return (seconds(hold) + 59) / 60;
  }

  /**
   * "Too many attempts, try again in N seconds" in the language the request asks for, where no JSF
   * page is (Camunda's webapps and REST API).
   */
  public static String tooManyAttempts(HttpServletRequest request, Duration hold) {
    Locale asked = request.getLocale();
    Locale locale =
        asked != null && ("fi".equals(asked.getLanguage()) || "sv".equals(asked.getLanguage()))
            ? Locale.forLanguageTag(asked.getLanguage())
            : Locale.ROOT;
    try {
      String text =
          ResourceBundle.getBundle(
                  Messages.BUNDLE,
                  locale,
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_DEFAULT))
              .getString("login.tooMany");
      return java.text.MessageFormat.format(text, Long.toString(seconds(hold)));
    } catch (MissingResourceException e) {
      return "Too many attempts, try again in " + seconds(hold) + " seconds.";
    }
  }
}
