package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Communications keeps the organisation's structure in the browser: creates a unit with its names,
 * manager and why, moves a profile into it, and the profile's timeline and both units' histories
 * say so. Staff are neither offered the units nor let in.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitJourneyIT extends InBrowser {

  @Test
  void communicationsCreatesAUnitAndMovesAProfileIntoIt() throws Exception {
    Map<String, String> seeded = UnitSeed.seed(base);
    String code = "journey-" + UUID.randomUUID().toString().substring(0, 8);

    browser.signIn("tiina");
    browser.click("#navUnits");
    browser.waitFor(d -> browser.has("#unitForm\\:code"));
    browser.type("#unitForm\\:code", "Kirjasto Palvelut");
    browser.type("#unitForm\\:nameFi", "Kirjastopalvelut " + code);
    browser.type("#unitForm\\:nameSv", "Bibliotekstjänster " + code);
    browser.type("#unitForm\\:nameEn", "Library services " + code);
    browser.choose("#unitForm\\:parent", seeded.get("unit"));
    browser.choose("#unitForm\\:manager", seeded.get("manager"));
    browser.type("#unitForm\\:why", "Kirjastot omaksi yksikökseen");
    browser.click("#unitForm\\:create");
    browser.waitForText("#unitForm", "Yksikön tunnus on pieniä kirjaimia");
    assertThat(browser.has("#unitHistory")).as("nothing was created").isFalse();
    browser.type("#unitForm\\:code", code);
    browser.type("#unitForm\\:why", "Kirjastot omaksi yksikökseen");
    browser.click("#unitForm\\:create");

    browser.waitForText("#unitHistory", "loi yksikön");
    assertThat(browser.find("#unitCode").getText()).isEqualTo(code);
    assertThat(browser.find("#unitHistory").getText())
        .contains("tiina loi yksikön: Kirjastopalvelut " + code)
        .contains("Kirjastot omaksi yksikökseen")
        .contains("asetti esihenkilöksi: " + seeded.get("manager"));

    browser.open("/portal/units/unit.xhtml?code=" + seeded.get("unit"));
    browser.waitFor(d -> browser.has("#moveForm\\:move"));
    browser.click("input[type=checkbox][value='" + seeded.get("profile") + "']");
    browser.choose("#moveForm\\:moveTo", code);
    browser.type("#moveForm\\:moveWhy", "Kirjaston profiili kirjastopalveluihin");
    browser.click("#moveForm\\:move");
    browser.waitForText("#messages", "1 profiilia siirrettiin");
    assertThat(browser.find("#unitHistory").getText())
        .contains("siirsi profiileja yksikköön " + code + ": " + seeded.get("name"));

    browser.open("/portal/proposals/profile.xhtml?id=" + seeded.get("profile"));
    browser.waitFor(d -> browser.has(".timeline"));
    assertThat(browser.find(".timeline").getText())
        .contains(
            "tiina siirsi profiilin yksiköstä Yksikkö "
                + seeded.get("unit")
                + " yksikköön Kirjastopalvelut "
                + code)
        .contains("Kirjaston profiili kirjastopalveluihin");
  }

  @TempDir Path folder;

  @Test
  void communicationsLoadsUnitsFromAFileAndReadsWhatBecameOfEachRow() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Path file = folder.resolve("yksikot.csv");
    Files.writeString(
        file,
        "\uFEFFcode;name_fi;name_sv;name_en;parent_code;manager\r\n"
            + "file-"
            + tag
            + ";Tiedostosta "
            + tag
            + ";Från filen;From the file;culture;markus\r\n"
            + "bad-"
            + tag
            + ";Ei esihenkilöä;Ingen chef;No manager;;sanna\r\n",
        StandardCharsets.UTF_8);

    browser.signIn("tiina");
    browser.click("#navUnits");
    browser.waitFor(d -> browser.has("#unitUploadForm\\:file"));
    browser.find("#unitUploadForm\\:file").sendKeys(file.toString());
    browser.click("#unitUploadForm\\:upload");

    browser.waitForText("#unitReportCounts", "2 riviä");
    assertThat(browser.find("#unitProgressForm\\:unitBar").getAttribute("aria-valuenow"))
        .as("the progress bar has run to its end")
        .isEqualTo("100");
    assertThat(browser.find("#unitReportCounts").getText())
        .contains("1 yksikköä luotiin", "1 hylättiin");
    String report = browser.find("#unitReport").getText();
    assertThat(report)
        .contains("file-" + tag, "Luotu")
        .contains("bad-" + tag, "Hylätty", "sanna ei kuulu managers-ryhmään");
    assertThat(browser.find("#unitTree").getText()).contains("Tiedostosta " + tag);

    browser.open("/portal/units/unit.xhtml?code=file-" + tag);
    browser.waitForText("#unitHistory", "yksikot.csv, row 2");
  }

  @Test
  void staffAreNotOfferedTheUnitsAndAreRefusedThem() {
    browser.signIn("sanna");
    assertThat(browser.has("#navUnits")).isFalse();
    browser.open("/portal/units/index.xhtml");
    browser.waitFor(d -> d.getPageSource().contains("Sinulla ei ole oikeutta tähän"));
    assertThat(browser.has("#unitForm\\:create")).isFalse();
  }
}
