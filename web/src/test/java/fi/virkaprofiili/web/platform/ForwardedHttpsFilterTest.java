package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request from a trusted proxy that says the client came over HTTPS is served as HTTPS: secure,
 * its cookies {@code Secure} (the container's session cookie too), its redirects to https and the
 * portal's host. From any other peer the header changes nothing.
 */
class ForwardedHttpsFilterTest {

  private static final String PROXY = "10.0.0.5";

  private final ForwardedHttpsFilter filter =
      new ForwardedHttpsFilter(
          new ClientAddress("10.0.0.0/8", "X-Forwarded-For"), "https://portal.example.org/");

  @Test
  void aRequestATrustedProxyForwardedFromHttpsIsServedAsHttps() throws Exception {
    FakeResponse response = new FakeResponse();
    HttpServletRequest request = request(PROXY, "https", response);
    // what the container did before any filter: a session to keep the page asked for
    response.add("Set-Cookie", "JSESSIONID=first; Path=/; HttpOnly");

    Seen seen = run(request, response);

    assertThat(seen.request.isSecure()).isTrue();
    assertThat(seen.request.getScheme()).isEqualTo("https");
    assertThat(seen.request.getServerName()).isEqualTo("portal.example.org");
    assertThat(seen.request.getServerPort()).isEqualTo(443);
    assertThat(seen.request.getRequestURL())
        .hasToString("https://portal.example.org/portal/tasks/index.xhtml");
    assertThat(response.headers.get("Set-Cookie"))
        .containsExactly(
            "JSESSIONID=second; Path=/; HttpOnly; Secure",
            "virkaprofiili-lang=sv; Secure",
            "vp_note=1; Path=/; Secure");
    assertThat(response.headers.get("Location"))
        .containsExactly("https://portal.example.org/registry?q=a");
    assertThat(response.redirectedTo).isEqualTo("https://portal.example.org/portal/tasks/");
  }

  @Test
  void theSameHeaderFromAPeerThatIsNoTrustedProxyChangesNothing() throws Exception {
    FakeResponse response = new FakeResponse();
    HttpServletRequest request = request("198.51.100.7", "https", response);

    Seen seen = run(request, response);

    assertThat(seen.request).isSameAs(request);
    assertThat(seen.response).isSameAs(response.proxy);
    assertThat(seen.request.isSecure()).isFalse();
    assertThat(response.headers.get("Set-Cookie"))
        .containsExactly(
            "JSESSIONID=second; Path=/; HttpOnly", "virkaprofiili-lang=sv", "vp_note=1; Path=/");
    assertThat(response.redirectedTo).isEqualTo("/portal/tasks/");
  }

  @Test
  void aTrustedProxyThatSaysHttpIsServedAsItCame() throws Exception {
    FakeResponse response = new FakeResponse();
    HttpServletRequest request = request(PROXY, "http", response);

    Seen seen = run(request, response);

    assertThat(seen.request).isSameAs(request);
    assertThat(response.redirectedTo).isEqualTo("/portal/tasks/");
  }

  /** What the application does with the request: a session, cookies, redirects. */
  private Seen run(HttpServletRequest request, FakeResponse response) throws Exception {
    Seen seen = new Seen();
    FilterChain chain =
        (ServletRequest passedRequest, ServletResponse passedResponse) -> {
          seen.request = (HttpServletRequest) passedRequest;
          seen.response = (HttpServletResponse) passedResponse;
          HttpServletResponse out = seen.response;
          seen.request.getSession(true);
          out.addCookie(new Cookie("virkaprofiili-lang", "sv"));
          out.addHeader("Set-Cookie", "vp_note=1; Path=/");
          out.setHeader("Location", "/registry?q=a");
          out.sendRedirect("/portal/tasks/");
        };
    filter.doFilter(request, response.proxy, chain);
    return seen;
  }

  private static final class Seen {
    HttpServletRequest request;
    HttpServletResponse response;
  }

  /** A request from {@code peer} with {@code X-Forwarded-Proto}, as the container gives it. */
  private static HttpServletRequest request(String peer, String proto, FakeResponse response) {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ForwardedHttpsFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (self, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeaders" ->
                      Collections.enumeration(
                          "X-Forwarded-Proto".equals(args[0]) ? List.of(proto) : List.of());
                  case "getRequestURI" -> "/portal/tasks/index.xhtml";
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "isSecure" -> false;
                  case "getScheme" -> "http";
                  case "getSession" -> {
                    // as the container does: the cookie goes past any response wrapper
                    response.replaceSessionCookie("JSESSIONID=second; Path=/; HttpOnly");
                    yield null;
                  }
                  case "hashCode" -> System.identityHashCode(self);
                  case "toString" -> "request from " + peer;
                  case "equals" -> self == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** A response that keeps its headers, as the container's does. */
  private static final class FakeResponse {

    final Map<String, List<String>> headers = new LinkedHashMap<>();
    String redirectedTo;

    final HttpServletResponse proxy =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                ForwardedHttpsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (self, method, args) ->
                    switch (method.getName()) {
                      case "isCommitted" -> false;
                      case "getHeaders" ->
                          new ArrayList<>(headers.getOrDefault((String) args[0], List.of()));
                      case "setHeader" -> {
                        headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        yield null;
                      }
                      case "addHeader" -> {
                        add((String) args[0], (String) args[1]);
                        yield null;
                      }
                      case "addCookie" -> {
                        Cookie cookie = (Cookie) args[0];
                        add(
                            "Set-Cookie",
                            cookie.getName()
                                + "="
                                + cookie.getValue()
                                + (cookie.getSecure() ? "; Secure" : ""));
                        yield null;
                      }
                      case "sendRedirect" -> {
                        redirectedTo = (String) args[0];
                        yield null;
                      }
                      case "hashCode" -> System.identityHashCode(self);
                      case "toString" -> "response";
                      case "equals" -> self == args[0];
                      default -> throw new UnsupportedOperationException(method.getName());
                    });

    void add(String name, String value) {
      headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    /** As the container writes the cookie of a session: in place of the one it set before. */
    void replaceSessionCookie(String value) {
      List<String> cookies = headers.computeIfAbsent("Set-Cookie", key -> new ArrayList<>());
      for (int i = 0; i < cookies.size(); i++) {
        if (cookies.get(i).startsWith("JSESSIONID=")) {
          cookies.set(i, value);
          return;
        }
      }
      cookies.add(value);
    }
  }
}
