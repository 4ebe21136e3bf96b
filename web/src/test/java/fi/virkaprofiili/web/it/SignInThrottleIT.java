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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed sign-ins slow the guesser and never lock the owner out (issue 14, hole 2): on the portal's
 * form and on the engine's REST API, with clients told apart by {@code X-Forwarded-For} from a
 * trusted proxy (the ITs' server trusts every peer as one). The engine clock stands still
 * meanwhile, so every hold lasts until the test ends and nothing depends on how fast it runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern TOO_MANY =
      Pattern.compile("Too many attempts, try again in (\\d+) seconds");
  private static final String WRONG = "The user name or password is wrong";

  @ArquillianResource private URL base;

  @BeforeEach
  void freezeTheClock() throws Exception {
    String seen =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("it/sign-in-probe?client"))
                    .header("X-Forwarded-For", "203.0.113.99")
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            .body();
    assertThat(seen).as("the test is a trusted proxy").startsWith("client=203.0.113.99\n");
    probe("action=freeze");
  }

  @AfterEach
  void releaseTheAccounts() throws Exception {
    probe("action=release&user=markus,ilkka");
  }

  @Test
  void guessingMarkussPasswordHoldsTheGuessersButTheOwnerSignsInAndNothingIsLocked()
      throws Exception {
    Client owner = new Client("198.51.100.5");
    assertThat(owner.signIn("markus", "markus").statusCode()).as("signed in before").isEqualTo(302);

    Client first = new Client("203.0.113.1");
    for (int i = 1; i <= 6; i++) {
      assertThat(first.signIn("markus", "guess" + i).body()).as("guess " + i).contains(WRONG);
    }
    assertThat(first.signIn("markus", "markus").body())
        .as("the seventh try from the same address is held, even with the right password")
        .containsPattern(TOO_MANY)
        .doesNotContain(WRONG);

    Client second = new Client("203.0.113.2");
    for (int i = 1; i <= 5; i++) {
      assertThat(second.signIn("markus", "other" + i).body()).as("guess " + i).contains(WRONG);
    }
    assertThat(camundaLock("markus")).isEqualTo("attempts=0\nlocked=false");

    Client stranger = new Client("192.0.2.50");
    assertThat(stranger.signIn("markus", "markus").body())
        .as("eleven failures hold the account for clients it never signed in from")
        .containsPattern(TOO_MANY);

    HttpResponse<String> ownerAgain = owner.signIn("markus", "markus");
    assertThat(ownerAgain.statusCode())
        .as("the owner's browser signed in as markus before: " + ownerAgain.body())
        .isEqualTo(302);
    assertThat(ownerAgain.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/portal/tasks/"));
    assertThat(owner.engineApi("markus", "markus").statusCode())
        .as("the owner's client on the REST API: signed in, but no administrator")
        .isEqualTo(403);
    assertThat(stranger.engineApi("markus", "markus").statusCode()).isEqualTo(429);
    assertThat(camundaLock("markus")).isEqualTo("attempts=0\nlocked=false");
  }

  @Test
  void engineRestBasicAuthIsThrottledNotLocked() throws Exception {
    Client script = new Client("203.0.113.20");
    for (int i = 1; i <= 6; i++) {
      assertThat(script.engineApi("ilkka", "guess" + i).statusCode())
          .as("guess " + i)
          .isEqualTo(401);
    }
    HttpResponse<String> held = script.engineApi("ilkka", "ilkka");

    assertThat(held.statusCode()).isEqualTo(429);
    assertThat(held.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(held.body()).containsPattern(TOO_MANY);
    assertThat(camundaLock("ilkka")).isEqualTo("attempts=0\nlocked=false");
    assertThat(new Client("192.0.2.61").engineApi("ilkka", "ilkka").statusCode())
        .as("the right password from another client: signed in, but no administrator")
        .isEqualTo(403);
  }

  @Test
  void failuresOfANewAccountAtTheSameMomentAreEachCounted() throws Exception {
    String user = "race-" + UUID.randomUUID();
    HttpResponse<String> raced =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("it/sign-in-probe"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("action=race&at-once=8&user=" + user))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(raced.statusCode()).isEqualTo(200);
    assertThat(raced.body())
        .as("no attempt failed on the new counter's key, and every one was counted")
        .isEqualTo("failed=0\ncounted=8");
  }

  private String camundaLock(String user) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.toURI().resolve("it/sign-in-probe?user=" + user)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }

  private void probe(String form) throws Exception {
    int status =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("it/sign-in-probe"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    assertThat(status).as("probe " + form).isEqualTo(204);
  }

  /** A browser or script at one address, with its own cookies, behind the trusted proxy. */
  private final class Client {

    private final String address;
    private final HttpClient http;

    Client(String address) {
      this.address = address;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }

    HttpResponse<String> signIn(String user, String password) throws Exception {
      URI login = base.toURI().resolve("login.xhtml");
      String page =
          http.send(request(login).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher viewState = VIEW_STATE.matcher(page);
      assertThat(viewState.find()).as("the sign-in page has a view state").isTrue();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("loginForm", "loginForm");
      form.put("loginForm:username", user);
      form.put("loginForm:password", password);
      form.put("loginForm:signIn", "");
      form.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
      // As the page's PrimeFaces sends it: the form is refused without the page's nonce.
      Matcher nonce = WebClient.NONCE.matcher(page);
      if (nonce.find()) {
        form.put("primefaces.nonce", nonce.group(1));
      }
      String body =
          form.entrySet().stream()
              .map(
                  field ->
                      URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return http.send(
          request(login)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> engineApi(String user, String password) throws Exception {
      String credentials =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      return http.send(
          request(URI.create(base.toString().replaceAll("/$", "") + "/engine-rest/task"))
              .header("Authorization", "Basic " + credentials)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(URI uri) {
      return HttpRequest.newBuilder(uri)
          .header("X-Forwarded-For", address)
          .header("Accept-Language", "en");
    }
  }
}
