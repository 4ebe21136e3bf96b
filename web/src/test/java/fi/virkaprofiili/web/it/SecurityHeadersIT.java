package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers of a public service, read from outside as a browser gets them: what each page may
 * load and who may frame it, no sniffing, no referrer to other sites, no signed-in page kept in a
 * cache, and a session cookie other sites' forms do not carry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  @ArquillianResource private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyPageRunsOnlyItsOwnScriptsAndIsFramedOnlyByThePortal() throws Exception {
    for (String page : List.of("/", "/registry", "/verify", "/report", "/login.xhtml")) {
      HttpResponse<String> response = get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertRunsOnlyScriptsWithItsNonce(page, response);
      assertThat(header(response, "X-Frame-Options")).as(page).isEqualTo("SAMEORIGIN");
      assertThat(header(response, "X-Content-Type-Options")).as(page).isEqualTo("nosniff");
      assertThat(header(response, "Referrer-Policy")).as(page).isEqualTo("same-origin");
    }
  }

  @Test
  void aSignedInPageRunsOnlyItsOwnScriptsToo() throws Exception {
    HttpClient signedIn =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    signIn(signedIn, "sanna");
    for (String page : List.of("/portal/tasks/index.xhtml", "/portal/proposals/new.xhtml")) {
      HttpResponse<String> response =
          signedIn.send(
              HttpRequest.newBuilder(address(page)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.uri().getPath()).as(page).endsWith(page);
      assertRunsOnlyScriptsWithItsNonce(page, response);
    }
  }

  @Test
  void aKeptRegistryPageGetsANewNonceEachTime() throws Exception {
    HttpResponse<String> first = get("/registry?page=1");
    HttpResponse<String> second = get("/registry?page=1");
    String firstNonce = nonceOf(header(first, "Content-Security-Policy"));
    String secondNonce = nonceOf(header(second, "Content-Security-Policy"));
    assertThat(secondNonce).isNotEqualTo(firstNonce);
    assertRunsOnlyScriptsWithItsNonce("/registry?page=1", second);
    assertThat(second.body()).doesNotContain(firstNonce);
    // The same page otherwise: the second one was the kept copy.
    assertThat(second.body().replace(secondNonce, "N"))
        .isEqualTo(first.body().replace(firstNonce, "N"));
  }

  /**
   * One policy, scripts only with the nonce it names (or added by such a script), every script
   * element of the page carrying that nonce and no inline handler left for the policy to refuse.
   */
  private static void assertRunsOnlyScriptsWithItsNonce(
      String page, HttpResponse<String> response) {
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertThat(policies).as(page).hasSize(1);
    String policy = policies.get(0);
    assertThat(policy).as(page).contains("frame-ancestors 'self'", "object-src 'none'");
    assertThat(policy).as(page).contains("base-uri 'none'");
    String scripts = scriptSources(policy);
    assertThat(scripts).as(page).contains("'strict-dynamic'", "'nonce-");
    assertThat(scripts).as(page).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
    String nonce = nonceOf(policy);
    Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(response.body());
    int scriptsSeen = 0;
    while (script.find()) {
      scriptsSeen++;
      assertThat(script.group()).as(page).contains("nonce=\"" + nonce + "\"");
    }
    assertThat(scriptsSeen).as(page + ": its scripts").isPositive();
    assertThat(response.body())
        .as(page + ": inline handlers")
        .doesNotContainPattern(
            "<[a-zA-Z][^>]*\\son(click|change|submit|load|keydown|keyup|input)=");
  }

  @Test
  void theEmbeddableListingMayBeFramedAndCarriesNoFrameBan() throws Exception {
    HttpResponse<String> response = get("/embed.xhtml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
    assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void signedInPagesAreNeverCachedAndTheSessionCookieStaysOnThisSite() throws Exception {
    HttpResponse<String> login = get("/login.xhtml");
    assertThat(header(login, "Cache-Control")).contains("no-store");
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    // Served over plain HTTP here: a Secure cookie would never come back.
    assertThat(cookie).doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();

    HttpClient signedIn =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    signIn(signedIn, "sanna");
    HttpResponse<String> portal =
        signedIn.send(
            HttpRequest.newBuilder(address("/portal/tasks/index.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(portal.statusCode()).isEqualTo(200);
    assertThat(portal.uri().getPath()).endsWith("/portal/tasks/index.xhtml");
    assertThat(header(portal, "Cache-Control")).contains("no-store");
  }

  @Test
  void aFormSentWithoutItsPagesNonceIsRefusedBeforeAnythingActsOnIt() throws Exception {
    for (String nonce : List.of("", anotherNonce())) {
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      HttpResponse<String> refused = postSignIn(client, "sanna", nonce);
      assertThat(refused.statusCode()).as("nonce '%s'", nonce).isEqualTo(400);
      HttpResponse<String> portal =
          client.send(
              HttpRequest.newBuilder(address("/portal/tasks/index.xhtml")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(portal.body()).as("not signed in").contains("id=\"loginForm\"");
    }
  }

  /** A nonce of PrimeFaces' own form that no page was given. */
  private static String anotherNonce() {
    return java.util.Base64.getEncoder()
        .encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Signs in through the sign-in form as a browser posts it. */
  private void signIn(HttpClient client, String user) throws Exception {
    HttpResponse<String> signedIn = postSignIn(client, user, null);
    assertThat(signedIn.uri().getPath()).as("signed in").doesNotEndWith("/login.xhtml");
  }

  /** Posts the sign-in form with the page's nonce, or with the one given. */
  private HttpResponse<String> postSignIn(HttpClient client, String user, String givenNonce)
      throws Exception {
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(address("/login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertThat(viewState.find()).as("a view state on the sign-in form").isTrue();
    String body =
        String.join(
            "&",
            "loginForm=loginForm",
            "loginForm%3Ausername=" + user,
            "loginForm%3Apassword=" + user,
            "loginForm%3AsignIn=",
            "jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8));
    Matcher nonce = WebClient.NONCE.matcher(form.body());
    assertThat(nonce.find()).as("PrimeFaces given a nonce on the sign-in page").isTrue();
    String sent = givenNonce == null ? nonce.group(1) : givenNonce;
    body += "&primefaces.nonce=" + URLEncoder.encode(sent, StandardCharsets.UTF_8);
    return client.send(
        HttpRequest.newBuilder(address("/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI address(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  @Test
  void theApiIsNoPageAndRunsNothing() throws Exception {
    HttpResponse<String> response = get("/api/registry/profiles");
    assertThat(header(response, "Content-Security-Policy")).contains("default-src 'none'");
    assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + name + " on " + response.uri() + ": " + response.headers()));
  }

  private static String nonceOf(String policy) {
    Matcher matcher = NONCE.matcher(policy);
    assertThat(matcher.find()).as(policy).isTrue();
    return matcher.group(1);
  }

  private static String scriptSources(String policy) {
    for (String directive : policy.split(";")) {
      if (directive.strip().startsWith("script-src")) {
        return directive;
      }
    }
    return "";
  }
}
