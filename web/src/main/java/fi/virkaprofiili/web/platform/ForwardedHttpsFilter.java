package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Behind a reverse proxy that ends TLS: a request that a trusted proxy says came over HTTPS ({@link
 * ClientAddress#isForwardedHttps}) is served as the HTTPS request it was. It is secure, so the
 * headers and cookies that depend on that follow ({@code Strict-Transport-Security} from {@link
 * SecurityHeadersFilter}, the sign-in cookie of {@link SignInGuard}); every cookie set on it, the
 * container's session cookie included, is {@code Secure}; and its redirects go to {@code https://}
 * and the host of the portal's address ({@link Settings#portalUrl()}), never to the {@code Host}
 * the request names. From any other peer the proxy's headers are ignored.
 *
 * <p>Mapped in web.xml ahead of every other filter, for requests and forwards: the sign-in page is
 * shown by a forward that the container makes before any filter of the request runs.
 */
public class ForwardedHttpsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Set on a request once it is served as HTTPS, so that a forward of it is not wrapped again. */
  static final String SERVED_AS_HTTPS = ForwardedHttpsFilter.class.getName();

  private static final String SET_COOKIE = "Set-Cookie";
  private static final String LOCATION = "Location";

  @Inject private transient ClientAddress clients;

  /** The portal's address; null: read from the settings when a request needs it. */
  private final String portalUrl;

  public ForwardedHttpsFilter() {
    this(null, null);
  }

  /** For tests, without a container. */
  ForwardedHttpsFilter(ClientAddress clients, String portalUrl) {
    this.clients = clients;
    this.portalUrl = portalUrl;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(SERVED_AS_HTTPS) != null || !clients.isForwardedHttps(request)) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(SERVED_AS_HTTPS, Boolean.TRUE);
    HttpsResponse https =
        new HttpsResponse(
            response,
            ForwardedHttps.origin(portalUrl == null ? Settings.portalUrl() : portalUrl),
            request.getRequestURI());
    // a session the container opened before (to keep the page asked for while signing in)
    https.secureCookies();
    chain.doFilter(new HttpsRequest(request, https), https);
    https.secureCookies();
  }

  /** The request as the client made it: over HTTPS, to the portal's host. */
  static final class HttpsRequest extends HttpServletRequestWrapper {

    private final HttpsResponse response;

    HttpsRequest(HttpServletRequest request, HttpsResponse response) {
      super(request);
      this.response = response;
    }

    @Override
    public boolean isSecure() {
      return true;
    }

    @Override
    public String getScheme() {
      return "https";
    }

    @Override
    public String getServerName() {
      return response.origin.getHost();
    }

    @Override
    public int getServerPort() {
      return response.origin.getPort() < 0 ? 443 : response.origin.getPort();
    }

    @Override
    public StringBuffer getRequestURL() {
      return new StringBuffer(response.origin.toString()).append(getRequestURI());
    }

    /**
     * The container writes the cookie of a new session itself, past any response wrapper: it is
     * made {@code Secure} as soon as the session exists.
     */
    @Override
    public HttpSession getSession(boolean create) {
      HttpSession session = super.getSession(create);
      response.secureCookies();
      return session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      response.secureCookies();
      return id;
    }
  }

  /** The response of a request served as HTTPS: {@code Secure} cookies, redirects to https. */
  static final class HttpsResponse extends HttpServletResponseWrapper {

    private final URI origin;
    private final String requestUri;

    HttpsResponse(HttpServletResponse response, URI origin, String requestUri) {
      super(response);
      this.origin = origin;
      this.requestUri = requestUri;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      secureCookies();
      super.sendRedirect(ForwardedHttps.location(origin, requestUri, location));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, adjusted(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, adjusted(name, value));
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setSecure(true);
      super.addCookie(cookie);
    }

    private String adjusted(String name, String value) {
      if (value == null) {
        return null;
      }
      if (LOCATION.equalsIgnoreCase(name)) {
        return ForwardedHttps.location(origin, requestUri, value);
      }
      return SET_COOKIE.equalsIgnoreCase(name) ? ForwardedHttps.secure(value) : value;
    }

    /** Makes every cookie the response sets so far {@code Secure}, while it can still change. */
    void secureCookies() {
      HttpServletResponse response = (HttpServletResponse) getResponse();
      if (response.isCommitted()) {
        return;
      }
      List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
      if (cookies.stream().allMatch(ForwardedHttps::isSecure)) {
        return;
      }
      for (int i = 0; i < cookies.size(); i++) {
        String secure = ForwardedHttps.secure(cookies.get(i));
        if (i == 0) {
          response.setHeader(SET_COOKIE, secure);
        } else {
          response.addHeader(SET_COOKIE, secure);
        }
      }
    }
  }
}
