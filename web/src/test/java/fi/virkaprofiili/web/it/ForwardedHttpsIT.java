package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind a reverse proxy that ends TLS, from outside over plain HTTP as the proxy talks to the
 * portal: a request the proxy says came over HTTPS ({@code X-Forwarded-Proto: https}) gets HSTS,
 * {@code Secure} cookies (the session's too) and redirects to {@code https://} and the portal's
 * host, never to the host the request named. The ITs trust every peer as a proxy; that a peer that
 * is no trusted proxy is not believed is {@code ForwardedHttpsFilterTest}'s and {@code
 * ClientAddressTest}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForwardedHttpsIT {

  /**
   * The test server's portal address is the default, {@code http://localhost:8080/}: served as
   * HTTPS, its host without the node's port. The client names another host (the server's address).
   */
  private static final String PORTAL_ORIGIN = "https://localhost";

  private static final String HSTS = "Strict-Transport-Security";

  @ArquillianResource private URL base;

  @Test
  void aPageForwardedFromHttpsGetsHstsAndItsOldAddressRedirectsToHttps() throws Exception {
    WebClient client = new WebClient(base);
    // The registry is a kept page: asked for over plain HTTP first, it is answered from the cache
    // afterwards, and must still get the headers of the request in hand.
    assertThat(client.send(viaProxy(client, "registry", "http")).headers().firstValue(HSTS))
        .isEmpty();

    WebClient.Answer registry = client.send(viaHttps(client, "registry"));
    assertThat(registry.status()).isEqualTo(200);
    assertThat(registry.headers().firstValue(HSTS)).contains("max-age=31536000; includeSubDomains");

    WebClient.Answer old = client.send(viaHttps(client, "registry.xhtml?q=kirjasto"));
    assertThat(old.status()).isEqualTo(301);
    assertThat(old.location())
        .isEqualTo(PORTAL_ORIGIN + base.getPath().replaceAll("/$", "") + "/registry?q=kirjasto")
        .doesNotContain(base.getHost());
  }

  @Test
  void signingInForwardedFromHttpsKeepsEveryCookieSecureAndGoesOnOverHttps() throws Exception {
    WebClient client = new WebClient(base);

    // a task link from an e-mail, before signing in: the sign-in form in the page's place, and the
    // session that keeps the page asked for, opened by the container before any filter
    WebClient.Answer task = client.send(viaHttps(client, "portal/tasks/index.xhtml"));
    assertThat(task.status()).isEqualTo(200);
    assertThat(WebClient.hasForm(task.body(), "loginForm")).isTrue();
    assertThat(task.headers().firstValue(HSTS)).isPresent();
    String session = sessionCookie(task).orElseThrow();
    assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");

    Map<String, String> fields = WebClient.formFields(task.body(), "loginForm");
    fields.put("loginForm:username", "sanna");
    fields.put("loginForm:password", "sanna");
    fields.put("loginForm:signIn", "");
    WebClient.Answer signedIn =
        client.send(
            HttpRequest.newBuilder(client.resolve("login.xhtml"))
                .header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                // a client does not send a Secure cookie over plain HTTP; the proxy would
                .header("Cookie", session.substring(0, session.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(fields))));

    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location())
        .isEqualTo(
            PORTAL_ORIGIN + base.getPath().replaceAll("/$", "") + "/portal/tasks/index.xhtml");
    List<String> cookies = signedIn.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .as("the session after sign-in and the known-browser cookie")
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
  }

  @Test
  void withoutTheProxysWordNothingIsSecureAndRedirectsStayRelative() throws Exception {
    WebClient client = new WebClient(base);

    WebClient.Answer task = client.get("portal/tasks/index.xhtml");
    assertThat(task.headers().firstValue(HSTS)).isEmpty();
    assertThat(sessionCookie(task).orElseThrow()).doesNotContainIgnoringCase("secure");

    WebClient.Answer old = client.send(viaProxy(client, "registry.xhtml?q=kirjasto", "http"));
    assertThat(old.status()).isEqualTo(301);
    assertThat(old.location()).doesNotStartWith("https:");
    assertThat(old.headers().firstValue(HSTS)).isEmpty();
  }

  private static HttpRequest.Builder viaHttps(WebClient client, String path) {
    return viaProxy(client, path, "https");
  }

  private static HttpRequest.Builder viaProxy(WebClient client, String path, String scheme) {
    return HttpRequest.newBuilder(client.resolve(path)).header("X-Forwarded-Proto", scheme).GET();
  }

  private static Optional<String> sessionCookie(WebClient.Answer answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst();
  }
}
