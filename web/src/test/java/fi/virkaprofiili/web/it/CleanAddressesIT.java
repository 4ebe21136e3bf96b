package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.DateStyle;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, defects 21 and 13, over plain HTTP as a browser or a crawler asks (no browser needed):
 * the public pages at the addresses people are told, the old {@code .xhtml} ones sent there for
 * good, a favicon, and a closing profile's notice that reads as one sentence with its link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CleanAddressesIT {

  @ArquillianResource private URL base;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void publicPagesAnswerAtTheirCleanAddressesWithCleanLinks() throws Exception {
    for (String page : new String[] {"registry", "verify", "report", "accessibility"}) {
      HttpResponse<String> answer = get(page + "?lang=en");

      assertThat(answer.statusCode()).as(page).isEqualTo(200);
      assertThat(answer.body())
          .as(page)
          .contains("rel=\"icon\"", "/favicon.ico")
          // PrimeFaces names the view in its settings; no link or form may use the old address.
          .doesNotContainPattern(
              "(href|action)=\"[^\"]*/(registry|verify|report|accessibility)\\.xhtml");
    }
    assertThat(get("registry?q=kirjasto&lang=en").body())
        .contains("action=\"" + path("registry") + "\"", "href=\"" + path("verify") + "\"");
  }

  @Test
  void theOldAddressesAreMovedPermanentlyWithTheirQuery() throws Exception {
    HttpResponse<String> registry = get("registry.xhtml?q=kirjasto&channel=FACEBOOK");

    assertThat(registry.statusCode()).isEqualTo(301);
    assertThat(registry.headers().firstValue("Location"))
        .hasValueSatisfying(
            to -> assertThat(to).endsWith(path("registry") + "?q=kirjasto&channel=FACEBOOK"));
    for (String page : new String[] {"verify", "report", "accessibility"}) {
      HttpResponse<String> old = get(page + ".xhtml");

      assertThat(old.statusCode()).as(page).isEqualTo(301);
      assertThat(old.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(to -> assertThat(to).endsWith(path(page)));
    }
  }

  @Test
  void theFaviconIsServed() throws Exception {
    HttpResponse<byte[]> icon =
        http.send(request("favicon.ico").build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).contains("image/x-icon");
    assertThat(icon.body()).startsWith(0, 0, 1, 0);
  }

  @Test
  void theEmbeddedListingTheApiAndCamundaKeepTheirAddresses() throws Exception {
    assertThat(get("embed.xhtml?lang=en").statusCode()).isEqualTo(200);
    assertThat(get("api/registry/profiles?size=1").statusCode()).isEqualTo(200);
    assertThat(get("engine-rest/task").statusCode()).isEqualTo(401);
    HttpResponse<String> cockpit = get("camunda/app/cockpit/default/");
    assertThat(cockpit.statusCode()).isEqualTo(200);
    assertThat(cockpit.body()).containsIgnoringCase("cockpit");
  }

  @Test
  void aClosingProfileSaysItsClosingDateOnceAndWhereToFollow() throws Exception {
    Map<String, String> closing = seedClosingProfile();
    String closingOn =
        DateStyle.day(LocalDate.parse(closing.get("closingOn")), Locale.ENGLISH); // 6 Dec 2026

    String verify =
        get("verify?lang=en&address=" + encode(closing.get("address"))).body().replace('\n', ' ');
    String registry =
        get("registry?lang=en&q=" + encode(closing.get("name"))).body().replace('\n', ' ');

    assertThat(verify)
        .containsPattern(
            "Closing on "
                + closingOn
                + "\\.(</span>)?\\s+Follow us at\\s+<a href=\"https://www\\.example\\.org/kirjasto\"");
    assertThat(registry)
        .contains("state-CLOSING\">Closing on " + closingOn + ".</span>")
        .doesNotContain("state-CLOSING\">Closing</span>")
        .containsPattern("Follow us at\\s+<a href=\"https://www\\.example\\.org/kirjasto\"");
  }

  private Map<String, String> seedClosingProfile() throws Exception {
    HttpResponse<String> response =
        http.send(
            request("it/accessibility-seed?only=closing")
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("seeding answered %s", response.body()).isEqualTo(200);
    Map<String, String> values = new LinkedHashMap<>();
    response
        .body()
        .lines()
        .map(line -> line.split("=", 2))
        .forEach(pair -> values.put(pair[0], pair[1]));
    return values;
  }

  private HttpResponse<String> get(String relative) throws Exception {
    return http.send(request(relative).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String relative) {
    return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + relative))
        .timeout(Duration.ofMinutes(1));
  }

  /** The path of a page under the application, as the pages write it. */
  private String path(String page) {
    return base.getPath().replaceAll("/$", "") + "/" + page;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
