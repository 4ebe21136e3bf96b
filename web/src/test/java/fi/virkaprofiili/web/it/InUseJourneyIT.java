package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.processes.ProfileLifecycle;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Listed profiles as people meet them in the browser: the owner answers a review, the manager
 * closes a profile, and its closing steps are done by the owner and IT. The demo data's listed
 * profiles serve, since they joined their lifecycle at start-up.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InUseJourneyIT extends InBrowser {

  @Test
  void ownerAnswersAReviewAndANeglectedProfileCannotSimplyContinue() throws Exception {
    String profileId = profileInUse(0);
    engine.fireTimer(profileId, ProfileLifecycle.REVIEW_DUE);

    browser.signIn("sanna");
    String name = openProfile(profileId);
    openTaskOf(name);
    assertThat(browser.text())
        .contains("Katselmoi profiili", "Päivitetäänkö profiilia säännöllisesti?");
    assertThat(browser.ungroupedRadios()).isEmpty();
    answer(0, false);
    answer(1, true);
    answer(2, true);
    answer(3, false);
    browser.click("label[for='reviewForm:outcome:0']");
    browser.click("#reviewForm\\:submit");
    browser.waitFor(d -> d.getPageSource().contains("ei voi vain jatkaa"));

    answer(0, true);
    browser.click("#reviewForm\\:submit");
    browser.waitFor(d -> d.getPageSource().contains("katselmointi on tehty; profiili jatkaa"));
    openProfile(profileId);
    assertThat(browser.find(".timeline").getText()).contains("katselmoi profiilin.");
  }

  @Test
  void managerClosesAProfileAndItsClosingStepsAreDoneByTheOwnerAndIt() throws Exception {
    String profileId = profileInUse(1);

    browser.signIn("markus");
    String name = openProfile(profileId);
    requestClosure(name, profileId);
    openTaskOf(name);
    assertThat(browser.text()).contains("Päätä sulkemisesta");
    assertThat(browser.find("#closureForm\\:reason").getAttribute("value"))
        .as("the reason of the request is where the decision starts")
        .isEqualTo("Resurssit siirtyvät uuteen kanavaan.");
    browser.type("#closureForm\\:redirectUrl", "ftp://kirjasto");
    browser.click("#closureForm\\:keep");
    browser.waitFor(d -> d.getPageSource().contains("jatkaa käytössä"));

    requestClosure(name, profileId);
    openTaskOf(name);
    browser.type(
        "#closureForm\\:reason", "Tapahtumat kerrotaan jatkossa kaupungin verkkosivuilla.");
    browser.type("#closureForm\\:redirectUrl", "https://www.example.org/kirjasto");
    browser.typeDate("#closureForm\\:closingOn_input", new OrganisationTime().today().plusDays(3));
    browser.click("#closureForm\\:close");
    browser.waitFor(d -> d.getPageSource().contains("liian pian"));
    assertThat(browser.text())
        .as("the refusal names the minimum notice")
        .contains("vähintään 14 päivää etukäteen");
    assertThat(browser.find("#closureForm\\:redirectUrl").getAttribute("value"))
        .as("nothing typed is lost")
        .isEqualTo("https://www.example.org/kirjasto");
    assertThat(browser.find("#closureForm\\:reason").getAttribute("value"))
        .startsWith("Tapahtumat");
    browser.typeDate("#closureForm\\:closingOn_input", new OrganisationTime().today().plusDays(20));
    browser.click("#closureForm\\:close");
    browser.waitFor(d -> d.getPageSource().contains("sulkemisesta on päätetty"));
    browser.signOut();

    browser.signIn("sanna");
    openTaskOf(name);
    assertThat(browser.text())
        .contains("Julkaise sulkemisilmoitus", "suljetaan", "https://www.example.org/kirjasto");
    browser.click("#closingForm\\:confirm");
    browser.waitFor(d -> d.getPageSource().contains("sulkemisilmoitus on julkaistu"));
    browser.signOut();
    assertThat(
            LifecycleFixture.await(
                () ->
                    MailboxServlet.subjects(base).stream()
                        .filter(
                            subject ->
                                subject.contains(name)
                                    && !subject.startsWith(TaskMailIT.TASK_SUBJECT))
                        .findFirst()
                        .orElse(null),
                "the closure was not e-mailed"))
        .isNotNull();

    browser.open(
        "/registry?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    browser.waitFor(
        d -> {
          d.navigate().refresh();
          return rowOf(name).contains("Suljetaan");
        });

    engine.fireTimer(profileId, ProfileLifecycle.CLOSING_DATE_REACHED);
    browser.signIn("ilkka");
    browser.waitFor(
        d -> {
          browser.open("/portal/tasks/");
          return d.getPageSource().contains(name);
        });
    openTaskOf(name);
    browser.click("#closingForm\\:confirm");
    browser.waitFor(d -> d.getPageSource().contains("käyttöoikeudet on poistettu"));
    browser.signOut();

    browser.signIn("sanna");
    openTaskOf(name);
    browser.click("#closingForm\\:archived .ui-chkbox-box");
    browser.click("#closingForm\\:confirm");
    browser.waitFor(d -> d.getPageSource().contains("tili on suljettu"));
    browser.signOut();

    browser.open(
        "/registry?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    browser.waitFor(
        d -> {
          d.navigate().refresh();
          return rowOf(name).contains("Suljettu");
        });
  }

  /**
   * A profile of markus's unit, owned by sanna, waiting for its review; each test takes its own.
   */
  private String profileInUse(int which) throws Exception {
    List<String> profiles = engine.profilesWaitingAt(ProfileLifecycle.REVIEW_DUE, "markus");
    assertThat(profiles).hasSizeGreaterThan(which);
    return profiles.get(which);
  }

  /** The manager asks on the profile's page for it to be closed, saying why. */
  private void requestClosure(String name, String profileId) {
    assertThat(openProfile(profileId)).isEqualTo(name);
    browser.type("#closureRequestForm\\:closureReason", "Resurssit siirtyvät uuteen kanavaan.");
    browser.click("#closureRequestForm\\:requestClosure");
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .anyMatch(e -> e.isDisplayed()));
    browser.driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
        .filter(e -> e.isDisplayed())
        .findFirst()
        .orElseThrow()
        .click();
    browser.waitFor(d -> d.getPageSource().contains("Sulkemista on pyydetty"));
  }

  /** Opens the profile's page and returns its name. */
  private String openProfile(String profileId) {
    browser.open("/portal/proposals/profile.xhtml?id=" + profileId);
    browser.waitFor(d -> browser.has(".timeline"));
    return browser.find("h1").getText();
  }

  private void answer(int question, boolean yes) {
    browser.click(
        "label[for='reviewForm:questions:" + question + ":answer:" + (yes ? 0 : 1) + "']");
  }

  private void openTaskOf(String name) {
    new TaskList(browser).openTaskOf(name);
  }

  private String rowOf(String profileName) {
    return browser
        .driver()
        .findElements(By.xpath("//tr[.//*[text()='" + profileName + "']]"))
        .stream()
        .map(row -> row.getText())
        .findFirst()
        .orElse("");
  }
}
