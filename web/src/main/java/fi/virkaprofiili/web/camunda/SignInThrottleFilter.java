package fi.virkaprofiili.web.camunda;

import fi.virkaprofiili.web.platform.SignInGuard;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Puts the sign-in throttle ({@link SignInGuard}) in front of Camunda's own password checks: HTTP
 * Basic on {@code /engine-rest} and the webapps' login form ({@code POST
 * /camunda/api/admin/auth/user/{engine}/login/{app}}). A held try is answered 429 with {@code
 * Retry-After} before any password is checked; afterwards Camunda's 401 counts as a failure. Mapped
 * before Camunda's own filters.
 */
public class SignInThrottleFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Pattern WEBAPP_LOGIN =
      Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login(/.*)?");

  /** A login form is a few hundred bytes; a longer body is no sign-in. */
  private static final int LOGIN_BODY_LIMIT = 16 * 1024;

  @Inject private SignInGuard guard;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    HttpServletRequest passed = request;
    String userId;
    if (path.startsWith("/engine-rest")) {
      userId = basicUser(request.getHeader("Authorization"));
    } else if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      byte[] body = request.getInputStream().readNBytes(LOGIN_BODY_LIMIT + 1);
      if (body.length > LOGIN_BODY_LIMIT) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      userId = formField(new String(body, StandardCharsets.UTF_8), "username");
      passed = new ReplayedBody(request, body);
    } else {
      userId = null;
    }
    if (userId == null) {
      chain.doFilter(passed, response);
      return;
    }
    Duration hold = guard.hold(request, userId);
    if (!hold.isZero()) {
      refuse(request, response, hold);
      return;
    }
    chain.doFilter(passed, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      guard.failed(request, userId);
    }
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, Duration hold) throws IOException {
    String message = SignInGuard.tooManyAttempts(request, hold);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(SignInGuard.seconds(hold)));
    response.setContentType("application/json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"TooManyAttempts\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
  }

  /** The user of an HTTP Basic header, as Camunda reads it; null if there is none. */
  static String basicUser(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? null : credentials.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  /** One field of a URL-encoded form; null if it is not there. */
  static String formField(String body, String name) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      try {
        if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
          return equals < 0
              ? ""
              : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }
    return null;
  }

  /** The request with its body read once here and given again to Camunda. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return available() == 0;
        }

        @Override
        public int available() {
          try {
            return in.available();
          } catch (IOException e) {
            return 0;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
