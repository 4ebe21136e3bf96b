package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Communications imports a file of existing accounts in the browser: the progress runs to its end,
 * the report says why a row was refused, and the imported profile is in the public registry. Staff
 * are refused.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportJourneyIT extends InBrowser {

  @TempDir Path folder;

  @Test
  void communicationsImportsAFileAndTheImportedProfileIsListed() throws Exception {
    String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String name = "Tuotu museo " + tag;
    Path file = folder.resolve("olemassa-olevat-tilit.csv");
    Files.writeString(
        file,
        "\uFEFF"
            + "unit_code;channel;name;account_address;kind;purpose;target_audiences;planned_content;promotion;success_evaluation;"
            + "administrators;hours_per_week;update_frequency;private_message_handling;terms_of_use_url;terms_checked_on;"
            + "languages;response_hours;official_contact\r\n"
            + "culture;MASTODON;"
            + name
            + ";@museo"
            + tag
            + "@mastodon.social;ORGANISATION;Näyttelyt ja tapahtumat.;Kuntalaiset;"
            + "Uutiset;Verkkosivut;Palaute;Maija Meikäläinen, museolehtori | Matti Virtanen, tiedottaja;3;WEEKLY;"
            + "Vastataan arkisin.;https://mastodon.social/terms;1.10.2026;FI;Arkisin 8-16;kirjaamo@example.org\r\n"
            + "culture;MASTODON;;@toinen"
            + tag
            + "@mastodon.social;ORGANISATION;Näyttelyt.;Kuntalaiset;"
            + "Uutiset;Verkkosivut;Palaute;Maija Meikäläinen, museolehtori;3;WEEKLY;"
            + "Vastataan arkisin.;https://mastodon.social/terms;1.10.2026;FI;Arkisin 8-16;kirjaamo@example.org\r\n",
        StandardCharsets.UTF_8);

    browser.signIn("tiina");
    browser.click("#navImport");
    browser.waitFor(d -> d.getCurrentUrl().contains("/portal/import.xhtml"));
    assertThat(browser.find("label[for='uploadForm:file']").getText()).isEqualTo("CSV-tiedosto");
    assertThat(browser.find("#uploadForm\\:file").getAttribute("aria-hidden"))
        .as("the file field is there for screen readers")
        .isNull();
    browser.find("#uploadForm\\:file").sendKeys(file.toString());
    browser.click("#uploadForm\\:upload");

    browser.waitFor(d -> !d.findElements(By.id("progressForm:finished")).isEmpty());
    assertThat(browser.find("#counts").getText())
        .contains("Käsitelty 2/2 riviä", "1 lisätty luetteloon", "1 hylätty");
    assertThat(browser.find("#progressForm\\:bar").getAttribute("aria-valuenow")).isEqualTo("100");
    String refused =
        browser.driver().findElement(By.xpath("//tr[td[1][normalize-space()='3']]")).getText();
    assertThat(refused)
        .contains(
            "Hylätty", "name: Anna profiilille nimi.", "administrators: Nimeä vähintään kaksi");
    String listed =
        browser.driver().findElement(By.xpath("//tr[td[1][normalize-space()='2']]")).getText();
    assertThat(listed).contains(name, "Lisätty luetteloon");
    assertThat(browser.text()).contains("olemassa-olevat-tilit.csv");

    browser.open("/registry?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
    browser.waitFor(d -> !d.findElements(By.xpath("//tr[.//*[text()='" + name + "']]")).isEmpty());
    assertThat(
            browser.driver().findElement(By.xpath("//tr[.//*[text()='" + name + "']]")).getText())
        .contains("Mastodon");
  }

  @Test
  void staffCannotImport() {
    browser.signIn("sanna");
    assertThat(browser.has("#navImport")).as("staff are not offered the import").isFalse();

    browser.open("/portal/import.xhtml");

    browser.waitFor(d -> d.getPageSource().contains("Sinulla ei ole oikeutta tähän"));
    assertThat(browser.has("#uploadForm")).isFalse();
  }
}
