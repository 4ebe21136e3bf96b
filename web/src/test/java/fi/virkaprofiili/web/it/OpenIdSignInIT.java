package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * Sign-in through a real OpenID Connect provider, started here in-process (mock-oauth2-server: a
 * discovery document, JWKS, the authorization-code flow, an interactive login page). The portal
 * runs in a Payara of its own configured with the provider's issuer, so that the round's shared
 * deployment keeps its form login.
 */
@EnabledIfSystemProperty(named = "it.round", matches = "h2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenIdSignInIT {

  private static final String ISSUER_ID = "default";
  private static final String CLIENT = "virkaprofiili";
  private static final String MANAGER = "maija" + UUID.randomUUID().toString().substring(0, 6);
  private static final String ADMIN = "aino" + UUID.randomUUID().toString().substring(0, 6);
  // ASCII: the seed servlet reads its form as the container does, in ISO-8859-1
  private static final String FIRST = "Kirjasto " + UUID.randomUUID().toString().substring(0, 8);
  private static final String SECOND = "Museo " + UUID.randomUUID().toString().substring(0, 8);

  private static MockOAuth2Server provider;

  /** The provider's next answer from its token endpoint, when the test writes it. */
  private static final AtomicReference<String> nextToken = new AtomicReference<>();

  /** The paths and queries the provider was asked for, in order. */
  private static final List<String> providerRequests =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  private static Node node;

  @BeforeAll
  static void startProviderAndPortal() throws Exception {
    provider =
        new MockOAuth2Server(
            OAuth2Config.Companion.fromJson(
                "{\"interactiveLogin\":true,\"httpServer\":\"MockWebServerWrapper\"}"));
    provider.start();
    MockWebServer server =
        ((MockWebServerWrapper) provider.getConfig().getHttpServer()).getMockWebServer();
    Dispatcher answers = server.getDispatcher();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            providerRequests.add(request.getPath());
            String written =
                request.getPath().contains("/token") ? nextToken.getAndSet(null) : null;
            return written == null
                ? answers.dispatch(request)
                : new MockResponse().setHeader("Content-Type", "application/json").setBody(written);
          }
        });
    Path directory = Path.of(System.getProperty("virkaprofiili.war")).getParent().resolve("openid");
    Files.createDirectories(directory);
    File war = directory.resolve("virkaprofiili-it.war").toFile();
    Deployments.twoNodes().addClass(OpenIdSeed.class).as(ZipExporter.class).exportTo(war, true);
    int port = Node.freePort();
    node =
        Node.start(
                "openid",
                war,
                port,
                "-Dvirkaprofiili.portal-url=http://127.0.0.1:" + port + "/",
                "-Dvirkaprofiili.oidc.issuer=" + provider.issuerUrl(ISSUER_ID),
                "-Dvirkaprofiili.oidc.client-id=" + CLIENT,
                "-Dvirkaprofiili.oidc.client-secret=secret",
                "-Dvirkaprofiili.oidc.groups.staff=vp-staff",
                "-Dvirkaprofiili.oidc.groups.managers=vp-managers",
                "-Dvirkaprofiili.oidc.groups.camunda-admin=vp-admins",
                "-Dvirkaprofiili.admin.break-glass-user=admin")
            .awaitReady();
    String unit = node.step("it/openid", "unit", "manager=" + MANAGER).get("unit");
    node.step("it/openid", "proposal", "unit=" + unit + "&name=" + encode(FIRST));
    node.step("it/openid", "proposal", "unit=" + unit + "&name=" + encode(SECOND));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (node != null) {
      node.close();
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  @Test
  @Order(1)
  void aManagerSignsInThroughTheProviderAndDecidesAProposal() throws Exception {
    assertThat(node.step("it/openid", "person", "user=" + MANAGER))
        .containsEntry("exists", "false");
    try (Browser browser = new Browser(new URL(node.base.toString()))) {
      browser.open("/portal/tasks/");
      signInAtProvider(browser, List.of("vp-staff", "vp-managers", "other-group"));
      browser.waitFor(d -> d.getCurrentUrl().contains("/portal/tasks/"));

      new TaskList(browser).openTaskOf(FIRST);
      browser.waitFor(d -> d.getCurrentUrl().contains("decide.xhtml"));
      browser.type("#decisionForm\\:reason", "Sopii yksikön viestintään.");
      browser.click("#decisionForm\\:approve");
      browser.waitFor(d -> d.getPageSource().contains("Hyväksyit ehdotuksen"));
      assertThat(browser.text()).contains("Hyväksyit ehdotuksen \"" + FIRST + "\"");
      browser.open("/portal/tasks/");
      assertThat(browser.text()).contains(SECOND).doesNotContain(FIRST);
    }
    Map<String, String> person = node.step("it/openid", "person", "user=" + MANAGER);
    assertThat(person)
        .containsEntry("exists", "true")
        .containsEntry("firstName", "Maija")
        .containsEntry("lastName", "Meikäläinen")
        .containsEntry("email", MANAGER + "@example.org")
        .containsEntry("groups", "managers,staff")
        .containsEntry("passwordMatches", "false");
  }

  @Test
  @Order(2)
  void aPersonWhoseGroupsNoLongerIncludeManagersLosesTheManagersTasksAtTheNextSignIn()
      throws Exception {
    try (Browser browser = new Browser(new URL(node.base.toString()))) {
      browser.open("/portal/dashboard.xhtml");
      signInAtProvider(browser, List.of("vp-staff"));
      // the dashboard is for managers (and communications): it sends them to the home page
      browser.waitFor(d -> d.getCurrentUrl().contains("/index.xhtml"));
      browser.open("/portal/tasks/");
      assertThat(browser.text()).doesNotContain(SECOND);
    }
    assertThat(node.step("it/openid", "person", "user=" + MANAGER))
        .containsEntry("groups", "staff");
  }

  @Test
  @Order(3)
  void groupsThatMeanNoRoleGetTheNoAccessPage() throws Exception {
    try (Browser browser = new Browser(new URL(node.base.toString()))) {
      browser.open("/portal/tasks/");
      signInAtProvider(browser, List.of("some-other-group"));
      browser.waitFor(d -> d.getCurrentUrl().contains("no-access"));
      assertThat(browser.text()).contains("mikään ryhmistäsi ei anna pääsyä");
      // as a phone shows it: the page fits, nothing scrolls sideways
      browser.viewport(390, 844);
      browser.open("/no-access.xhtml");
      assertThat(
              ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;"))
          .matches(overflow -> ((Number) overflow).longValue() <= 0, "fits in 390 px");
      assertThat(browser.text()).contains("mikään ryhmistäsi ei anna pääsyä");
      browser.open("/portal/tasks/");
      browser.waitFor(d -> d.getCurrentUrl().contains("no-access"));
    }
    assertThat(node.step("it/openid", "person", "user=" + MANAGER)).containsEntry("groups", "");
  }

  @Test
  @Order(5)
  void aTokenOfTheProviderForThisClientIsTaken() throws Exception {
    SignIn signIn = SignIn.start();
    String idToken =
        provider
            .issueToken(
                ISSUER_ID, CLIENT, callback("valid" + signIn.nonce.hashCode(), signIn, 3600))
            .serialize();
    assertThat(signIn.finish(idToken)).contains("/portal/tasks/");
    assertThat(signIn.isSignedIn()).isTrue();
  }

  @Test
  @Order(6)
  void tokensOfAnotherIssuerOrAudienceOrExpiredOrBadlySignedAreRefused() throws Exception {
    Map<String, String> refused = new HashMap<>();

    SignIn issuer = SignIn.start();
    refused.put(
        "issuer",
        issuer.finish(
            provider
                .anyToken(
                    HttpUrl.get("https://elsewhere.example/" + ISSUER_ID),
                    claims(issuer, List.of(CLIENT)),
                    Duration.ofHours(1))
                .serialize()));
    assertThat(issuer.isSignedIn()).isFalse();

    SignIn audience = SignIn.start();
    refused.put(
        "audience",
        audience.finish(
            provider
                .issueToken(
                    ISSUER_ID,
                    CLIENT,
                    new DefaultOAuth2TokenCallback(
                        ISSUER_ID,
                        "aud-test",
                        "JWT",
                        List.of("another-client"),
                        claims(audience, List.of("another-client")),
                        3600))
                .serialize()));
    assertThat(audience.isSignedIn()).isFalse();

    SignIn expired = SignIn.start();
    refused.put(
        "expired",
        expired.finish(
            provider.issueToken(ISSUER_ID, CLIENT, callback("old", expired, -3600)).serialize()));
    assertThat(expired.isSignedIn()).isFalse();

    SignIn signature = SignIn.start();
    SignedJWT genuine = provider.issueToken(ISSUER_ID, CLIENT, callback("sig", signature, 3600));
    RSAKey forger = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(genuine.getHeader().getKeyID())
                .type(genuine.getHeader().getType())
                .build(),
            genuine.getJWTClaimsSet());
    forged.sign(new RSASSASigner(forger));
    refused.put("signature", signature.finish(forged.serialize()));
    assertThat(signature.isSignedIn()).isFalse();

    assertThat(refused)
        .allSatisfy((why, where) -> assertThat(where).as(why).contains("no-access.xhtml?refused"));
    String log = node.log();
    assertThat(log)
        .contains("OpenID Connect sign-in refused")
        .contains("Invalid issuer")
        .contains("Invalid audience (aud) claim [another-client]")
        .contains("Token is expired")
        .contains("Signed JWT rejected: Invalid signature");
  }

  @Test
  @Order(7)
  void anAdministratorWhoOpensCockpitSignsInAtTheProviderAndIsInCockpitAndThePortal()
      throws Exception {
    try (Browser browser = new Browser(new URL(node.base.toString()))) {
      browser.open("/camunda/app/cockpit/default/");
      signInAtProvider(browser, ADMIN, List.of("vp-staff", "vp-admins"));
      browser.waitFor(d -> d.getCurrentUrl().contains("/camunda/app/cockpit/default/"));
      browser.open("/camunda/app/cockpit/default/#/processes");
      browser.waitFor(d -> d.getPageSource().contains("Official profile lifecycle"));
      assertThat(browser.driver().findElements(By.cssSelector("form input[type=password]")))
          .isEmpty();
      assertThat(get(browser, "camunda/api/admin/auth/user/default").body())
          .contains("\"userId\":\"" + ADMIN + "\"");

      // the same sign-in serves the portal: no second trip to the provider
      int asked = providerRequests.size();
      browser.open("/portal/tasks/");
      assertThat(browser.driver().getCurrentUrl()).contains("/portal/tasks/");
      assertThat(providerRequests.subList(asked, providerRequests.size()))
          .noneMatch(path -> path.contains("/authorize"));
    }
    assertThat(node.step("it/openid", "person", "user=" + ADMIN))
        .containsEntry("groups", "camunda-admin,staff");
  }

  @Test
  @Order(8)
  void aPersonSignedInThroughTheProviderWhoIsNoAdministratorIsRefusedByCockpit() throws Exception {
    try (Browser browser = new Browser(new URL(node.base.toString()))) {
      browser.open("/portal/tasks/");
      signInAtProvider(browser, MANAGER, List.of("vp-staff"));
      browser.waitFor(d -> d.getCurrentUrl().contains("/portal/tasks/"));
      assertThat(
              get(browser, "camunda/api/engine/engine/default/process-definition/count")
                  .statusCode())
          .isEqualTo(403);
      assertThat(get(browser, "portal/tasks/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  @Order(9)
  void onlyTheBreakGlassAdministratorSignsInWithTheFormAndIsLogged() throws Exception {
    try (Browser browser = new Browser(new URL(node.base.toString()))) {
      browser.open("/break-glass.xhtml");
      browser.type("#loginForm\\:username", "sanna");
      browser.type("#loginForm\\:password", "sanna");
      browser.click("#loginForm\\:signIn");
      browser.waitFor(d -> d.getPageSource().contains("Käyttäjätunnus tai salasana on väärin"));
      assertThat(browser.driver().getCurrentUrl()).contains("break-glass");
      assertThat(get(browser, "portal/tasks/").statusCode()).isNotEqualTo(200);

      browser.type("#loginForm\\:username", "admin");
      browser.type("#loginForm\\:password", "admin");
      browser.click("#loginForm\\:signIn");
      browser.waitFor(d -> d.getCurrentUrl().contains("/portal/"));
      assertThat(get(browser, "portal/tasks/").statusCode()).isEqualTo(200);

      // Cockpit takes the same sign-in; Camunda's own login form is closed meanwhile
      browser.open("/camunda/app/cockpit/default/#/processes");
      browser.waitFor(d -> d.getPageSource().contains("Official profile lifecycle"));
      assertThat(get(browser, "camunda/api/admin/auth/user/default").body())
          .contains("\"userId\":\"admin\"");
    }
    HttpResponse<String> camundaLogin =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        node.base.resolve("camunda/api/admin/auth/user/default/login/cockpit"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(camundaLogin.statusCode()).isEqualTo(403);
    assertThat(node.log())
        .contains("Form sign-in of \"sanna\" refused")
        .contains("Break-glass sign-in of \"admin\" with the form")
        .contains("Camunda login form refused");
  }

  @Test
  @Order(10)
  void signingOutEndsTheProvidersSessionAndComesBackToThePortal() throws Exception {
    try (Browser browser = new Browser(new URL(node.base.toString()))) {
      browser.open("/portal/tasks/");
      signInAtProvider(browser, MANAGER, List.of("vp-staff"));
      browser.waitFor(d -> d.getCurrentUrl().contains("/portal/tasks/"));
      int asked = providerRequests.size();
      browser.signOut();
      assertThat(browser.driver().getCurrentUrl()).startsWith(node.base.toString());
      List<String> endSession =
          providerRequests.subList(asked, providerRequests.size()).stream()
              .filter(path -> path.startsWith("/" + ISSUER_ID + "/endsession"))
              .toList();
      assertThat(endSession).hasSize(1);
      Map<String, String> query = new HashMap<>();
      for (String pair : URI.create(endSession.get(0)).getRawQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
      assertThat(query).containsEntry("post_logout_redirect_uri", node.base.toString());
      assertThat(SignedJWT.parse(query.get("id_token_hint")).getJWTClaimsSet().getSubject())
          .isNotBlank();
      // signed out here too: the portal sends the browser to the provider again
      browser.open("/portal/tasks/");
      browser.waitFor(d -> !d.findElements(By.name("username")).isEmpty());
      assertThat(browser.driver().getCurrentUrl())
          .startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString());
    }
  }

  @Test
  @Order(11)
  void hostileAnswersAtTheCallbackAreRefusedWith4xxNeverAnError() throws Exception {
    SignIn replayed = SignIn.start();
    String idToken =
        provider
            .issueToken(
                ISSUER_ID, CLIENT, callback("replay" + replayed.nonce.hashCode(), replayed, 3600))
            .serialize();
    assertThat(replayed.finish(idToken)).contains("/portal/tasks/");

    Map<String, String> answers = new java.util.LinkedHashMap<>();
    SignIn fresh = SignIn.start();
    String huge = "x".repeat(20_000);
    for (String query :
        List.of(
            "",
            "code=" + UUID.randomUUID(),
            "state=" + encode(fresh.state),
            "state=garbage&code=garbage",
            "state=%00%ff&code=%C3%28",
            "state=" + huge + "&code=" + huge,
            "error=access_denied&state=" + encode(fresh.state))) {
      answers.put(query.length() > 60 ? query.substring(0, 60) + "…" : query, finalStatus(query));
    }
    // the state of a finished sign-in, again, in a new session and in its own
    answers.put(
        "replayed state, new session", finalStatus("state=" + encode(replayed.state) + "&code=x"));
    HttpResponse<String> again =
        SignIn.get(
            replayed.client,
            node.base.resolve("oidc/callback?code=x&state=" + encode(replayed.state)));
    answers.put("replayed state, same session", Integer.toString(again.statusCode()));

    System.out.println("[openid] callback answers: " + answers);
    assertThat(answers)
        .allSatisfy(
            (query, status) ->
                assertThat(status)
                    .as(query)
                    .matches(
                        query.equals("replayed state, same session") ? "[34]\\d\\d" : "4\\d\\d"));
  }

  /**
   * The status a fresh client ends with at the callback with this query, following the portal's
   * redirects within the portal; any 5xx on the way is the answer.
   */
  private static String finalStatus(String query) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI next = URI.create(node.base + "oidc/callback" + (query.isEmpty() ? "" : "?" + query));
    for (int hop = 0; hop < 4; hop++) {
      HttpResponse<String> answer = SignIn.get(client, next);
      int status = answer.statusCode();
      java.util.Optional<String> location = answer.headers().firstValue("Location");
      if (status >= 500 || status < 300 || status > 399 || location.isEmpty()) {
        return Integer.toString(status);
      }
      next = next.resolve(location.get());
      if (!next.toString().startsWith(node.base.toString())) {
        return status + " to " + next;
      }
    }
    return "too many redirects";
  }

  /** A GET in the browser's session, from outside it: its status and body. */
  private static HttpResponse<String> get(Browser browser, String path) throws Exception {
    var session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(node.base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Last: it marks tokentest, whom the token tests sign in, as left. */
  @Test
  @Order(20)
  void aPersonMarkedAsLeftIsRefusedAValidTokenOfTheProvider() throws Exception {
    assertThat(node.step("it/openid", "person", "user=tokentest"))
        .as("signed in before, in order 5")
        .containsEntry("exists", "true");
    assertThat(node.step("it/openid", "leave", "user=tokentest"))
        .containsEntry("left", "tokentest");

    SignIn signIn = SignIn.start();
    String idToken =
        provider
            .issueToken(ISSUER_ID, CLIENT, callback("left" + signIn.nonce.hashCode(), signIn, 3600))
            .serialize();

    assertThat(signIn.finish(idToken)).contains("no-access.xhtml?refused");
    assertThat(signIn.isSignedIn()).isFalse();
    assertThat(node.log())
        .contains("Refused: tokentest signed in through the provider but has left");
  }

  private static DefaultOAuth2TokenCallback callback(String subject, SignIn signIn, long expiry) {
    return new DefaultOAuth2TokenCallback(
        ISSUER_ID, subject, "JWT", List.of(CLIENT), claims(signIn, List.of(CLIENT)), expiry);
  }

  private static Map<String, Object> claims(SignIn signIn, List<String> audience) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("nonce", signIn.nonce);
    claims.put("sub", "tokentest");
    claims.put("aud", audience);
    claims.put("preferred_username", "tokentest");
    claims.put("given_name", "Toni");
    claims.put("family_name", "Token");
    claims.put("groups", List.of("vp-staff"));
    return claims;
  }

  /** Types a person and their claims into the provider's login page, as a person would. */
  private static void signInAtProvider(Browser browser, List<String> groups) {
    signInAtProvider(browser, MANAGER, groups);
  }

  private static void signInAtProvider(Browser browser, String user, List<String> groups) {
    browser.waitFor(d -> !d.findElements(By.name("username")).isEmpty());
    browser.driver().findElement(By.name("username")).sendKeys(user);
    String claims =
        "{\"preferred_username\":\""
            + user
            + "\",\"given_name\":\"Maija\",\"family_name\":\"Meikäläinen\",\"email\":\""
            + user
            + "@example.org\",\"groups\":["
            + String.join(",", groups.stream().map(group -> "\"" + group + "\"").toList())
            + "]}";
    var field = browser.driver().findElement(By.name("claims"));
    field.clear();
    field.sendKeys(claims);
    browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * A sign-in by a client that answers the portal's redirect to the provider itself: it comes back
   * with the state the portal gave, and the provider's next token response is the one the test
   * wrote.
   */
  private static final class SignIn {
    final HttpClient client;
    final String state;
    final String nonce;

    private SignIn(HttpClient client, String state, String nonce) {
      this.client = client;
      this.state = state;
      this.nonce = nonce;
    }

    static SignIn start() throws Exception {
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      HttpResponse<String> toProvider = get(client, node.base.resolve("portal/tasks/"));
      assertThat(toProvider.statusCode()).isBetween(300, 399);
      URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
      Map<String, String> query = new HashMap<>();
      for (String pair : authorize.getRawQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
      assertThat(authorize.toString())
          .startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString());
      return new SignIn(client, query.get("state"), query.get("nonce"));
    }

    /** Comes back from the provider with this ID token; where the portal sends the client. */
    String finish(String idToken) throws Exception {
      String accessToken =
          provider
              .issueToken(ISSUER_ID, CLIENT, new DefaultOAuth2TokenCallback(ISSUER_ID, "at"))
              .serialize();
      nextToken.set(
          "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\""
              + accessToken
              + "\",\"id_token\":\""
              + idToken
              + "\"}");
      HttpResponse<String> back =
          get(
              client,
              node.base.resolve(
                  "oidc/callback?code=" + UUID.randomUUID() + "&state=" + encode(state)));
      assertThat(back.statusCode()).as(back.body()).isBetween(300, 399);
      return back.headers().firstValue("Location").orElseThrow();
    }

    boolean isSignedIn() throws Exception {
      HttpResponse<String> tasks = get(client, node.base.resolve("portal/tasks/"));
      return tasks.statusCode() == 200;
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
      return client.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
