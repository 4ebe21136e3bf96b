package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Is this account official?" as citizens and other sites ask it: the public page, the JSON API and
 * the report of a fake, without signing in. The demo profile "Kaupunki tiedottaa" is listed at
 * https://www.facebook.com/kaupunkitiedottaa.demo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryVerificationIT extends InBrowser {

  @Test
  void apiAnswersOfficialHoweverTheAddressIsWritten() throws Exception {
    HttpResponse<String> answer =
        verify("HTTPS://m.facebook.com/KaupunkiTiedottaa.demo/?ref=bookmarks#top");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(answer.body())
        .contains("\"answer\":\"OFFICIAL\"", "\"name\":\"Kaupunki tiedottaa\"");
  }

  @Test
  void apiAnswersNotListedForAnAccountNotInTheRegistry() throws Exception {
    HttpResponse<String> answer = verify("@kaupunki_tiedottaa_fake@mastodon.example");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"answer\":\"NOT_LISTED\"").doesNotContain("\"profile\"");
  }

  @Test
  void badParametersGetA400SayingWhichAndWhy() throws Exception {
    HttpResponse<String> missing = get("api/registry/verify");
    HttpResponse<String> script = verify("javascript:alert(1)");
    HttpResponse<String> overlong = verify("https://x.com/" + "a".repeat(3000));

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"parameter\":\"url\"", "required");
    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(script.body()).contains("\"parameter\":\"url\"", "not the address of an account");
    assertThat(overlong.statusCode()).isEqualTo(400);
    assertThat(overlong.body()).contains("longer than");
  }

  @Test
  void openDataListsProfilesAPageAtATimeFilteredAndCacheable() throws Exception {
    HttpResponse<String> facebook = get("api/registry/profiles?channel=facebook&size=10");

    assertThat(facebook.statusCode()).isEqualTo(200);
    assertThat(facebook.body())
        .contains("\"name\":\"Kaupunki tiedottaa\"", "\"page\":0", "\"size\":10")
        .doesNotContain("\"channel\":\"INSTAGRAM\"");
    String tag = facebook.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        base.toURI().resolve("api/registry/profiles?channel=facebook&size=10"))
                    .header("If-None-Match", tag)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);

    assertThat(get("api/registry/profiles?size=1000").statusCode()).isEqualTo(400);
    assertThat(get("api/registry/profiles?channel=myspace").body())
        .contains("\"parameter\":\"channel\"");
    assertThat(get("api/registry/profiles?state=PROPOSED").statusCode()).isEqualTo(400);
    assertThat(get("api/registry/profiles?page=x").body()).contains("\"parameter\":\"page\"");
    HttpResponse<String> unknownUnit = get("api/registry/profiles?unit=no-such-unit");
    assertThat(unknownUnit.statusCode()).isEqualTo(400);
    assertThat(unknownUnit.body()).contains("\"parameter\":\"unit\"", "no unit has this code");
    assertThat(get("api/registry/profiles?unit=communications").body())
        .contains("\"name\":\"Kaupunki tiedottaa\"")
        .doesNotContain("Kulttuurikeskus Mastodonissa");
  }

  @Test
  void registryChangesAreAnAtomFeedAndTheWholeRegistryACsvFile() throws Exception {
    // The feed holds the newest changes: the round's other tests may have pushed the demo data's
    // out of it, so it is checked with profiles listed just now.
    Map<String, String> seeded = UnitSeed.seed(base);
    HttpResponse<String> feed = get("api/registry/feed");
    HttpResponse<String> csv = get("api/registry/profiles.csv");

    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
    assertThat(feed.body())
        .contains(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<entry>",
            seeded.get("name") + ": LISTED",
            seeded.get("other") + ": LISTED");
    javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();
    HttpResponse<String> unchanged =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/registry/feed"))
                    .header("If-Modified-Since", lastModified)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(unchanged.statusCode()).isEqualTo(304);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("\"id\",\"name\",\"state\"")
        .contains("\"Kaupunki tiedottaa\",\"LISTED\",\"FACEBOOK\"");
  }

  @Test
  void aUnitFollowsTheChangesOfItsOwnProfilesInTheFeed() throws Exception {
    // A unit of its own: its feed holds its two profiles whatever the round's other tests listed.
    Map<String, String> seeded = UnitSeed.seed(base);
    String unit = seeded.get("unit");
    HttpResponse<String> communications = get("api/registry/feed?unit=communications");
    HttpResponse<String> own = get("api/registry/feed?unit=%20" + unit + "%20");

    assertThat(communications.statusCode()).isEqualTo(200);
    assertThat(communications.body())
        .contains("Kaupunki tiedottaa: LISTED", "registry/feed?unit=communications</id>")
        .doesNotContain(seeded.get("name"), seeded.get("other"));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body())
        .contains(seeded.get("name") + ": LISTED", seeded.get("other") + ": LISTED")
        .doesNotContain("Kaupunki tiedottaa");

    HttpResponse<String> unknown = get("api/registry/feed?unit=no-such-unit");
    HttpResponse<String> overlong = get("api/registry/feed?unit=" + "u".repeat(41));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"parameter\":\"unit\"", "no unit has this code");
    assertThat(overlong.statusCode()).isEqualTo(400);
    assertThat(overlong.body()).contains("\"parameter\":\"unit\"", "longer than 40");
  }

  @Test
  void otherSitesEmbedTheListingOfOneUnit() throws Exception {
    HttpResponse<String> communications = get("embed.xhtml?unit=communications");

    assertThat(communications.statusCode()).isEqualTo(200);
    assertThat(communications.body())
        .contains("Kaupunki tiedottaa", "rel=\"noopener noreferrer\"")
        .doesNotContain("Kaupunginkirjasto", "<script");
  }

  @Test
  void openDataIsDocumentedWithOpenApi() throws Exception {
    HttpResponse<String> document =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body())
        .contains("Virkaprofiili public registry", "/registry/verify", "/registry/profiles")
        .doesNotContain("/process-definition");
  }

  @Test
  void registryIsSearchedAndFilteredAPageAtATime() {
    browser.open("/registry");
    browser.choose("#channel", "FACEBOOK");
    browser.click("#filter");
    browser.waitFor(d -> d.getCurrentUrl().contains("channel=FACEBOOK"));
    assertThat(browser.find("#profiles").getText())
        .contains("Kaupunki tiedottaa")
        .doesNotContain("Kulttuurikeskus Mastodonissa");
    // Other test classes may have listed profiles in the same database: the count is checked by its
    // form.
    assertThat(browser.find("#shown").getText()).matches("Profiilit 1–[0-9]+, yhteensä [0-9]+");

    browser.click("#languages a[lang='sv']");
    browser.waitFor(d -> d.getCurrentUrl().contains("lang=sv"));
    assertThat(browser.find("#profiles").getText())
        .contains("Kaupunki tiedottaa")
        .doesNotContain("Kulttuurikeskus Mastodonissa");
    assertThat(browser.find("#shown").getText()).matches("Profiler 1–[0-9]+ av [0-9]+");
    browser.open("/registry?lang=fi");

    browser.open("/registry?q=" + URLEncoder.encode("kulttuurikeskus", StandardCharsets.UTF_8));
    // R14, R15: its languages, when questions are answered, and where to turn on official business.
    assertThat(browser.find("#profiles").getText())
        .contains("Kulttuurikeskus Mastodonissa")
        .contains("suomi, ruotsi", "Vastaamme arkisin klo 8–16.", "kirjaamo@kaupunki.example")
        .doesNotContain("Kaupunki tiedottaa");
  }

  @Test
  void aVisitToThePublicPagesKeepsNothingOnTheServer() throws Exception {
    for (String page :
        java.util.List.of(
            "index.xhtml",
            "registry",
            "registry?q=kaupunki&channel=FACEBOOK&page=2",
            "verify?address=facebook.com/kaupunkitiedottaa.demo",
            "embed.xhtml",
            "accessibility",
            "registry?lang=sv")) {
      HttpResponse<String> answer = get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(200);
      assertThat(answer.headers().allValues("Set-Cookie"))
          .as(page)
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
      assertThat(answer.body()).as(page).doesNotContain("jakarta.faces.ViewState\" value=\"-");
      // ...with scripts held to the response's own nonce all the same.
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .as(page)
          .hasValueSatisfying(policy -> assertThat(policy).contains("'nonce-"));
    }
    assertThat(get("registry?lang=sv").headers().allValues("Set-Cookie"))
        .anyMatch(cookie -> cookie.startsWith("virkaprofiili-lang=sv"));
  }

  @Test
  void aPageKeptForVisitorsIsTheSameAsTheOneRenderedAndEachLanguageHasItsOwn() throws Exception {
    String first = inLanguage("registry?q=kaupunki", "sv").body();
    String again = inLanguage("registry?q=kaupunki", "sv").body();
    String finnish = inLanguage("registry?q=kaupunki", "fi").body();

    // Each sending carries a nonce of its own (FreshNonce); otherwise the kept page is the same.
    assertThat(withoutNonce(again))
        .isEqualTo(withoutNonce(first))
        .contains("lang=\"sv\"", "Kaupunki tiedottaa");
    assertThat(finnish).contains("lang=\"fi\"", "Kaupunki tiedottaa");
  }

  private static String withoutNonce(String page) {
    java.util.regex.Matcher nonce = WebClient.NONCE.matcher(page);
    return nonce.find() ? page.replace(nonce.group(1), "NONCE") : page;
  }

  private HttpResponse<String> inLanguage(String path, String language) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Accept-Language", language)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFilterTheRegistryDoesNotKnowIsLeftOutWithAMessageAndTheRestStillShows() throws Exception {
    HttpResponse<String> answer =
        get("registry?lang=en&q=kaupunki&channel=MYSPACE&state=PROPOSED&page=x");
    HttpResponse<String> tooLong = get("registry?lang=en&q=" + "a".repeat(300));
    HttpResponse<String> farPage = get("registry?lang=en&page=999");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains(
            "A filter in the address was not one the registry knows, so it was left out.",
            "Kaupunki tiedottaa",
            "Profiles 1–")
        .doesNotContain("Kulttuurikeskus Mastodonissa");
    assertThat(tooLong.statusCode()).isEqualTo(200);
    assertThat(tooLong.body()).contains("The search is too long.");
    // The last page there is, whichever profiles it holds in this database: not an empty table.
    assertThat(farPage.body())
        .contains("class=\"profile-name\"")
        .doesNotContain("No profiles are listed yet.");
  }

  @Test
  void citizenChecksAnAccountAndReportsOneThatIsNotListed() {
    browser.open("/verify");
    browser.type("#address", "facebook.com/kaupunkitiedottaa.demo");
    browser.click("#check");
    browser.waitFor(d -> d.getPageSource().contains("Kyllä, tämä on virallinen profiili."));
    assertThat(browser.find("#answer").getText()).contains("Kaupunki tiedottaa", "Viestintä");

    browser.type("#address", "https://www.instagram.com/kaupunki_virallinen_feikki");
    browser.click("#check");
    browser.waitFor(
        d -> d.getPageSource().contains("Tätä tiliä ei ole virallisten profiilien luettelossa."));
    browser.click("#reportLink");
    browser.waitFor(d -> d.getCurrentUrl().contains("/report?"));
    assertThat(browser.find("#reportForm\\:address").getAttribute("value"))
        .isEqualTo("https://www.instagram.com/kaupunki_virallinen_feikki");
    browser.click("#reportForm\\:submit");
    browser.waitFor(d -> d.getPageSource().contains("Kerro, mikä tilissä on vialla."));
    browser.type("#reportForm\\:description", "Käyttää kaupungin logoa ja pyytää pankkitunnuksia.");
    browser.click("#reportForm\\:submit");
    browser.waitFor(d -> d.getPageSource().contains("Ilmoituksesi tunnus on R-"));
  }

  @Test
  void hostileInputIsShownAsTextAndARobotFillingTheHiddenFieldStartsNothing() {
    browser.open(
        "/verify?address="
            + URLEncoder.encode("<script>window.hacked=1</script>", StandardCharsets.UTF_8));
    assertThat(browser.find("#address").getAttribute("value"))
        .isEqualTo("<script>window.hacked=1</script>");
    assertThat(browser.text()).contains("Tämä ei ole sosiaalisen median tilin osoite.");
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return window.hacked === undefined"))
        .isEqualTo(true);

    browser.open("/report");
    browser.type("#reportForm\\:address", "https://www.instagram.com/robotti");
    browser.type("#reportForm\\:description", "spam");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('reportForm:website').value = 'http://spam.example'");
    browser.click("#reportForm\\:submit");
    browser.waitFor(d -> d.getPageSource().contains("Kiitos ilmoituksestasi."));
    assertThat(browser.text()).doesNotContain("R-");
  }

  private HttpResponse<String> verify(String url) throws Exception {
    return get("api/registry/verify?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
