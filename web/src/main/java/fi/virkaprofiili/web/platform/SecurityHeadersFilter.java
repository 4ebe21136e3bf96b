package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response of the portal, its public pages and its API carries, set before
 * anything is written. Camunda's web apps under {@code /camunda} have their own (web.xml's {@code
 * CamundaHttpHeaderSecurity}); pages rendered by JSF get their Content-Security-Policy from
 * PrimeFaces ({@link ContentSecurityPolicy}), because its nonce is known only there.
 */
// Mapped in web.xml, for REQUEST and FORWARD (a protected page asked for without signing in shows
// the login page by a forward made before the request's own filters run), and ahead of every
// filter declared by annotation: the anonymous pages' cache answers a kept page without going
// further, and would otherwise replay the headers of whoever asked first.
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** A year, the value HSTS preload lists ask for, for the portal's host and those beneath it. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  /** What is not a page has no business running scripts or being framed. */
  static final String NOT_A_PAGE =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; sandbox";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/camunda/")) {
      apply(path, request.isSecure() || Settings.portalUrl().startsWith("https:"), response);
    }
    chain.doFilter(request, response);
  }

  static void apply(String path, boolean https, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (https) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!isEmbeddable(path)) {
      // For browsers that predate frame-ancestors.
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
    if (!isPage(path)) {
      // A page gets its policy from PrimeFaces, which alone knows the nonce its scripts carry.
      response.setHeader("Content-Security-Policy", NOT_A_PAGE);
    }
    if (isPersonal(path)) {
      // A signed-in page shows what only its reader may see: no cache, shared or the browser's
      // back-forward one, keeps it after sign-out.
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /**
   * Whether JSF renders the path as a page: a view ({@code .xhtml}) or an address without a file
   * name extension that leads to one. Its resources (scripts, styles) are not pages.
   */
  static boolean isPage(String path) {
    if (path.startsWith("/api/")
        || path.startsWith("/engine-rest/")
        || path.startsWith("/jakarta.faces.resource/")) {
      return false;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".xhtml") || !name.contains(".");
  }

  static boolean isEmbeddable(String path) {
    return path.equals("/embed.xhtml") || path.equals("/embed");
  }

  static boolean isPersonal(String path) {
    return path.startsWith("/portal/") || path.startsWith("/login");
  }
}
