package fi.virkaprofiili.web.platform;

import java.net.URI;
import java.util.Locale;

/**
 * What changes for a request that reached a TLS-ending proxy over HTTPS ({@link
 * ForwardedHttpsFilter}): its address is the portal's host over {@code https}, never the {@code
 * Host} the request names, and its cookies are {@code Secure}.
 */
final class ForwardedHttps {

  private static final String SECURE = "Secure";

  private ForwardedHttps() {}

  /**
   * {@code https://} and the host of the portal's address (with its port, when that address is an
   * {@code https} one with a port of its own): where the client reached the portal.
   *
   * @throws IllegalArgumentException when the portal's address names no host
   */
  static URI origin(String portalUrl) {
    URI portal = URI.create(portalUrl);
    if (portal.getHost() == null) {
      throw new IllegalArgumentException("The portal's address names no host: " + portalUrl);
    }
    int port = "https".equalsIgnoreCase(portal.getScheme()) ? portal.getPort() : -1;
    return URI.create(
        "https://"
            + portal.getHost().toLowerCase(Locale.ROOT)
            + (port < 0 || port == 443 ? "" : ":" + port));
  }

  /**
   * The absolute address a redirect to {@code location} goes to: on the portal's host over HTTPS
   * for an address of this application (a path, or relative to the request's), as written for an
   * address that names its own scheme or host.
   */
  static String location(URI origin, String requestUri, String location) {
    if (location.startsWith("//") || hasScheme(location)) {
      return location;
    }
    if (location.startsWith("/")) {
      return origin + location;
    }
    String directory = requestUri.substring(0, requestUri.lastIndexOf('/') + 1);
    return origin + (location.isEmpty() ? requestUri : directory + location);
  }

  /** The {@code Set-Cookie} value with the {@code Secure} attribute. */
  static String secure(String setCookie) {
    return isSecure(setCookie) ? setCookie : setCookie + "; " + SECURE;
  }

  static boolean isSecure(String setCookie) {
    String[] parts = setCookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].strip().equalsIgnoreCase(SECURE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the address begins with a scheme ({@code https:}, {@code mailto:}), RFC 3986 3.1. */
  private static boolean hasScheme(String location) {
    for (int i = 0; i < location.length(); i++) {
      char c = location.charAt(i);
      if (c == ':') {
        return i > 0;
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
      if (!letter && !(i > 0 && other)) {
        return false;
      }
    }
    return false;
  }
}
