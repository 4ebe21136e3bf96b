package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator marks a person as left in the browser: chooses them, says why, confirms, and
 * sees what was done; the person's sign-in is refused afterwards. Staff are neither offered the
 * page nor let in.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaversJourneyIT extends InBrowser {

  @Test
  void anAdministratorMarksAPersonAsLeftAndTheirSignInIsRefused() throws Exception {
    String person = "lj" + UUID.randomUUID().toString().substring(0, 8);
    engine.createUser(person, "staff");
    // The person is signed in, in a browser of their own, while they are marked as left.
    Browser theirs = new Browser(base);
    theirs.signIn(person);
    theirs.open("/portal/tasks/");
    assertThat(theirs.has("#tasksForm")).isTrue();

    browser.signIn("admin");
    browser.click("#navLeavers");
    browser.waitFor(d -> browser.has("#leaverForm\\:person"));
    browser.click("#leaverForm\\:review");
    browser.waitFor(d -> d.getPageSource().contains("Valitse lähtenyt henkilö."));
    assertThat(browser.has("#confirmation")).as("nothing to confirm yet").isFalse();

    browser.choose("#leaverForm\\:person", person);
    browser.type("#leaverForm\\:reason", "Työsuhde päättyi 30.11.");
    browser.click("#leaverForm\\:review");
    browser.waitFor(d -> browser.has("#confirmation"));
    assertThat(browser.find("#confirmHeading").getText()).contains(person);
    browser.click("#leaverForm\\:confirm");
    browser.waitFor(d -> d.getPageSource().contains("merkittiin lähteneeksi"));
    assertThat(browser.find("#departures").getText())
        .contains(person)
        .contains("Työsuhde päättyi 30.11.");
    assertThat(browser.find("#leaverForm\\:person").getText())
        .as("no longer offered")
        .doesNotContain(person);
    browser.signOut();

    try (theirs) {
      theirs.open("/portal/tasks/");
      theirs.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
      assertThat(theirs.has("#tasksForm")).as("the session they had is over").isFalse();
    }

    browser.open("/login.xhtml");
    browser.type("#loginForm\\:username", person);
    browser.type("#loginForm\\:password", person);
    browser.click("#loginForm\\:signIn");
    browser.waitFor(d -> d.getPageSource().contains("Käyttäjätunnus tai salasana on väärin"));
    assertThat(browser.has("#signOutForm\\:signOut")).as("not signed in").isFalse();
  }

  @Test
  void theManagerNamesAnotherAdministratorAndItRecordsTheRevocation() throws Exception {
    Map<String, String> seeded = LeaverSeed.seed(base);
    String name = seeded.get("name");

    browser.signIn("admin");
    browser.open("/portal/leavers.xhtml");
    browser.choose("#leaverForm\\:person", seeded.get("person"));
    browser.type("#leaverForm\\:reason", "Siirtyi toiseen organisaatioon.");
    browser.click("#leaverForm\\:review");
    browser.waitFor(d -> browser.has("#confirmation"));
    browser.click("#leaverForm\\:confirm");
    browser.waitFor(d -> d.getPageSource().contains("merkittiin lähteneeksi"));
    browser.signOut();

    browser.signIn(seeded.get("manager"));
    browser.click("#navDashboard");
    browser.waitFor(d -> browser.has("#belowMinimumTable"));
    assertThat(browser.find("#below-" + seeded.get("profile")).getText())
        .contains(name)
        .contains("1 / 2");
    new TaskList(browser).openTaskOf(name);
    assertThat(browser.text()).contains("Leena Lähtijä");
    browser.click("#administratorForm\\:nameAdministrator");
    browser.waitFor(d -> d.getPageSource().contains("Anna uuden ylläpitäjän nimi."));
    browser.type("#administratorForm\\:name", "Niko Nimetty");
    browser.type("#administratorForm\\:jobTitle", "Viestintäsuunnittelija");
    browser.click("#administratorForm\\:nameAdministrator");
    browser.waitFor(d -> d.getPageSource().contains("nimettiin uusi ylläpitäjä"));
    browser.signOut();

    browser.signIn("ilkka");
    new TaskList(browser).openTaskOf(name);
    assertThat(browser.find("#revokeForm\\:holdersNow").getAttribute("value"))
        .as("what is registered now, to edit")
        .contains(seeded.get("person"));
    browser.type("#revokeForm\\:holdersNow", "IT admin account only");
    browser.click("#revokeForm\\:revoked");
    browser.waitFor(d -> d.getPageSource().contains("kirjattiin käyttöoikeusrekisteriin"));
  }

  @Test
  void staffAreNotOfferedThePageAndAreRefusedIt() {
    browser.signIn("sanna");
    assertThat(browser.has("#navLeavers")).isFalse();
    browser.open("/portal/leavers.xhtml");
    browser.waitFor(d -> d.getPageSource().contains("Sinulla ei ole oikeutta tähän"));
    assertThat(browser.has("#leaverForm\\:person")).isFalse();
  }
}
