package fi.virkaprofiili.web.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a person goes once signed in: the portal page they were going to, such as a task named in a
 * task e-mail, with its query. Only a path of this application is taken, never an address that a
 * browser would read as another site: a link that signs people in must not send them elsewhere.
 */
public final class SignInTarget {

  /** Where a person goes when they came to sign in without a page to go to. */
  public static final String TASK_LIST = "/portal/tasks/";

  private static final String PORTAL = "/portal/";

  /** Camunda's Cockpit, Admin and Tasklist, signed in to through the provider. */
  private static final String CAMUNDA_APPS = "/camunda/app/";

  private static final int MAX_LENGTH = 2000;
  private static final int DECODING_ROUNDS = 3;

  private SignInTarget() {}

  /**
   * The candidate, a path relative to the application such as {@code
   * /portal/tasks/closure.xhtml?task=42}, when it is a portal page or one of Camunda's webapps
   * under {@code /camunda/app/}; empty for anything else: another host ({@code //host}, {@code
   * http:}), a backslash or control character that browsers read as a slash or drop, or any of
   * these percent-encoded, once or more.
   */
  public static Optional<String> of(String candidate) {
    if (candidate == null
        || candidate.length() > MAX_LENGTH
        || !isOurs(candidate)
        || !candidate.chars().allMatch(c -> c > ' ' && c < 0x7f)
        || !isSafe(candidate)) {
      return Optional.empty();
    }
    String decoded = candidate;
    for (int round = 0; round < DECODING_ROUNDS; round++) {
      String once;
      try {
        once = URLDecoder.decode(decoded, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
      if (once.equals(decoded)) {
        break;
      }
      decoded = once;
      if (!isOurs(decoded) || !isSafe(decoded)) {
        return Optional.empty();
      }
    }
    return Optional.of(candidate);
  }

  /**
   * The target of a request that was sent to sign in first, from its path (with the application's
   * context path) and query; empty when it is not one to return to.
   */
  public static Optional<String> ofRequest(String contextPath, String requestUri, String query) {
    if (requestUri == null || !requestUri.startsWith(contextPath)) {
      return Optional.empty();
    }
    String path = requestUri.substring(contextPath.length());
    return of(query == null || query.isEmpty() ? path : path + "?" + query);
  }

  private static boolean isOurs(String path) {
    return path.startsWith(PORTAL) || path.startsWith(CAMUNDA_APPS);
  }

  /**
   * No control character anywhere (a browser drops tabs and line breaks, a header would break), and
   * a path with no backslash (read as a slash), no empty segment and no step up or aside.
   */
  private static boolean isSafe(String text) {
    if (text.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
      return false;
    }
    int query = text.indexOf('?');
    String path = query < 0 ? text : text.substring(0, query);
    return path.indexOf('\\') < 0
        && !path.contains("//")
        && !(path + "/").contains("/../")
        && !(path + "/").contains("/./");
  }
}
