package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.OrganisationTime;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manager who will be away names a deputy in the browser; when the first day comes the job
 * executor gives the deputy the unit's waiting decision, and the deputy decides it in their task
 * list. Staff are neither offered the page nor let in.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeputyJourneyIT extends InBrowser {

  @Test
  void aManagerNamesADeputyWhoDecidesTheWaitingProposalWhileTheManagerIsAway() throws Exception {
    Map<String, String> seeded = DeputySeed.seed(base);
    String deputy = seeded.get("deputy");
    String name = seeded.get("name");

    browser.signIn(seeded.get("manager"));
    browser.click("#navAbsence");
    browser.waitFor(d -> browser.has("#absenceForm\\:deputy"));
    browser.click("#absenceForm\\:save");
    browser.waitFor(d -> d.getPageSource().contains("Valitse sijainen."));
    assertThat(browser.find("#absencesForm\\:absences").getText())
        .contains("Ei kirjattuja poissaoloja.");

    browser.choose("#absenceForm\\:deputy", deputy);
    browser.typeDate("#absenceForm\\:firstDay_input", new OrganisationTime().today());
    browser.typeDate("#absenceForm\\:lastDay_input", new OrganisationTime().today().plusDays(7));
    browser.type("#absenceForm\\:reason", "Kesäloma");
    browser.click("#absenceForm\\:save");
    browser.waitFor(d -> d.getPageSource().contains("Tallennettu: " + deputy));
    // nobody presses anything: the job executor's timer starts the absence
    browser.waitFor(
        d -> {
          browser.open("/portal/absence.xhtml");
          return browser.find("#absencesForm\\:absences").getText().contains("Käynnissä");
        });
    assertThat(browser.find("#absencesForm\\:absences").getText())
        .contains(deputy)
        .contains("Kesäloma");
    browser.signOut();

    browser.signIn(deputy);
    new TaskList(browser).openTaskOf(name);
    assertThat(browser.text()).contains(name);
    browser.type("#decisionForm\\:reason", "Päätetty sijaisena.");
    browser.click("#decisionForm\\:approve");
    browser.waitFor(d -> d.getPageSource().contains("Hyväksyit ehdotuksen"));
    browser.signOut();

    // back early: the manager calls the absence off
    browser.signIn(seeded.get("manager"));
    browser.open("/portal/absence.xhtml");
    browser.click("#absencesForm\\:absences\\:0\\:callOff");
    browser.waitFor(d -> d.getPageSource().contains("Poissaolo peruttiin"));
    assertThat(browser.find("#absencesForm\\:absences").getText()).contains("Päättynyt");
    assertThat(browser.has("#absencesForm\\:absences\\:0\\:callOff")).isFalse();
  }

  @Test
  void staffAreNotOfferedThePageAndAreRefusedIt() {
    browser.signIn("sanna");
    assertThat(browser.has("#navAbsence")).isFalse();
    browser.open("/portal/absence.xhtml");
    browser.waitFor(d -> d.getPageSource().contains("Sinulla ei ole oikeutta tähän"));
    assertThat(browser.has("#absenceForm\\:deputy")).isFalse();
  }
}
