package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/** The proposal wizard's draft, kept across closing the browser, in headless Chromium. */
@BrowserJourney
@ExtendWith({ArquillianExtension.class, BrowserAvailable.class})
@RunAsClient
class ProposalWizardIT {

  @ArquillianResource private URL base;

  @Test
  void staffFillsTwoStepsClosesTheBrowserAndSubmitsTheContinuedDraft() {
    String name = "Keskeneräinen " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser first = new Browser(base)) {
      first.signIn("sanna");
      Wizard wizard = new Wizard(first);
      wizard.openFresh();
      wizard.profile(name, "INSTAGRAM", "");
      wizard.next(2);
      wizard.purpose("Kulttuuritapahtumat yhdessä paikassa.");
      wizard.next(3);
      first.waitForText(".draft-status", "Luonnos tallennettu");
      // Typed but not yet moved on: kept as the field is left.
      first.type("#proposalForm\\:plannedContent", "Tapahtumakalenteri viikoittain");
      first.leaveField("#proposalForm\\:plannedContent");
    }

    try (Browser second = new Browser(base)) {
      second.signIn("sanna");
      second.open("/portal/proposals/new.xhtml");
      assertThat(second.find(".draft-offer").getText()).contains(name);
      second.click("#draftForm\\:continue");
      Wizard wizard = new Wizard(second);
      wizard.awaitStep(3);
      assertThat(second.find("#proposalForm\\:plannedContent").getAttribute("value"))
          .isEqualTo("Tapahtumakalenteri viikoittain");
      wizard.goTo(1);
      assertThat(second.find("#proposalForm\\:name").getAttribute("value")).isEqualTo(name);
      wizard.next(2);
      assertThat(second.find("#proposalForm\\:purpose").getAttribute("value"))
          .isEqualTo("Kulttuuritapahtumat yhdessä paikassa.");
      wizard.next(3);
      wizard.content();
      wizard.next(4);
      wizard.resourcing();
      wizard.next(5);
      wizard.terms();
      wizard.next(6);
      assertThat(second.find(".review").getText())
          .contains(
              name,
              "Instagram",
              "Kulttuuripalvelut",
              "Kulttuuritapahtumat yhdessä paikassa.",
              "Sanna Suunnittelija, Kirjastonhoitaja");
      wizard.submit();
      assertThat(
              second.driver().findElement(By.xpath("//tr[.//*[text()='" + name + "']]")).getText())
          .contains("Odottaa päätöstä");

      second.open("/portal/proposals/new.xhtml");
      assertThat(second.has("#draftForm")).as("the submitted draft is gone").isFalse();
      wizard.awaitStep(1);
      assertThat(second.find("#proposalForm\\:name").getAttribute("value")).isEmpty();
    }
  }

  /**
   * Issue 13, defect 2: service Facebook with an Instagram address passed Next and Submit. Now the
   * first step is not complete with it, by Next or by a step's link, and the field says why.
   */
  @Test
  void anAddressOnAnotherServiceThanChosenDoesNotPassTheFirstStep() {
    String name = "Väärä palvelu " + UUID.randomUUID().toString().substring(0, 8);
    String message = "Osoite ei ole profiilille valitun palvelun tilin osoite.";
    try (Browser browser = new Browser(base)) {
      browser.signIn("sanna");
      Wizard wizard = new Wizard(browser);
      wizard.openFresh();
      wizard.profile(name, "FACEBOOK", "https://www.instagram.com/wrongchannel");
      wizard.nextRefused(message);

      assertThat(browser.text()).contains("Vaihe 1/6", message);
      assertThat(browser.find("#proposalForm\\:accountUrl").getAttribute("aria-invalid"))
          .isEqualTo("true");

      browser.type("#proposalForm\\:accountUrl", Wizard.accountOn("FACEBOOK"));
      wizard.next(2);
      wizard.goTo(1);
      browser.type("#proposalForm\\:accountUrl", "https://www.instagram.com/wrongchannel");
      browser.click("#proposalForm\\:steps\\:1\\:goTo");
      browser.waitFor(d -> d.getPageSource().contains(message));
      assertThat(browser.text()).contains("Vaihe 1/6");
    }
  }

  @Test
  void aDiscardedDraftIsGoneAndTheFormStartsAfresh() {
    String name = "Hylättävä " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.signIn("ilkka");
      Wizard wizard = new Wizard(browser);
      wizard.openFresh();
      wizard.profile(name, "X", "");
      browser.click("#proposalForm\\:saveDraft");
      browser.waitFor(d -> d.getPageSource().contains("Luonnos on tallennettu."));

      browser.open("/portal/proposals/new.xhtml");
      assertThat(browser.find(".draft-offer").getText()).contains(name);
      browser.click("#draftForm\\:discard");
      browser.waitFor(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
      browser.click(".ui-confirmdialog-yes");
      browser.waitFor(d -> d.getPageSource().contains("Luonnos on hylätty."));

      wizard.awaitStep(1);
      assertThat(browser.find("#proposalForm\\:name").getAttribute("value")).isEmpty();
      browser.open("/portal/proposals/new.xhtml");
      assertThat(browser.has("#draftForm")).isFalse();
    }
  }

  @Test
  void aRevisionLeftHalfWayIsThereWhenTheTaskIsOpenedAgainAndGoneWhenResubmitted() {
    String name = "Täydennys kesken " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.signIn("sanna");
      new Wizard(browser).propose(name, "LINKEDIN", "Työpaikat ja rekrytointi.");
      browser.signOut();
      browser.signIn("markus");
      openTaskOf(browser, name);
      browser.type("#decisionForm\\:reason", "Kerro, kuka vastaa viesteihin lomilla.");
      browser.click("#decisionForm\\:return");
      browser.waitFor(d -> d.getPageSource().contains("Palautit ehdotuksen"));
    }

    try (Browser first = new Browser(base)) {
      first.signIn("sanna");
      openTaskOf(first, name);
      Wizard wizard = new Wizard(first);
      wizard.awaitStep(1);
      assertThat(first.has(".revision-resumed")).as("nothing was kept yet").isFalse();
      wizard.goTo(5);
      // Typed but not yet moved on: kept as the field is left.
      first.type(
          "#proposalForm\\:privateMessageHandling", "Luetaan arkisin; lomilla sijainen Tiina.");
      first.leaveField("#proposalForm\\:privateMessageHandling");
      first.waitForText(".draft-status", "Luonnos tallennettu");
    }

    try (Browser second = new Browser(base)) {
      second.signIn("sanna");
      openTaskOf(second, name);
      Wizard wizard = new Wizard(second);
      wizard.awaitStep(5);
      assertThat(second.find(".revision-resumed").getText()).contains("Jatkat muutoksia");
      assertThat(second.find("#proposalForm\\:privateMessageHandling").getAttribute("value"))
          .isEqualTo("Luetaan arkisin; lomilla sijainen Tiina.");
      wizard.next(6);
      second.click("#proposalForm\\:submit");
      second.waitFor(d -> d.getPageSource().contains("lähti uudelleen päätettäväksi"));
      second.signOut();

      second.signIn("markus");
      openTaskOf(second, name);
      assertThat(second.text()).contains("Luetaan arkisin; lomilla sijainen Tiina.");
      second.type("#decisionForm\\:reason", "Lisää vielä vastausajat.");
      second.click("#decisionForm\\:return");
      second.waitFor(d -> d.getPageSource().contains("Palautit ehdotuksen"));
      second.signOut();

      second.signIn("sanna");
      openTaskOf(second, name);
      wizard.awaitStep(1);
      assertThat(second.has(".revision-resumed")).as("the resubmitted draft is gone").isFalse();
      assertThat(second.find("#proposalForm\\:name").getAttribute("value")).isEqualTo(name);
    }
  }

  @Test
  void discardedRevisionChangesGiveBackTheProposalAsSent() {
    String name = "Muutokset pois " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.signIn("sanna");
      new Wizard(browser).propose(name, "FACEBOOK", "Tapahtumat ja uutiset.");
      browser.signOut();
      browser.signIn("markus");
      openTaskOf(browser, name);
      browser.type("#decisionForm\\:reason", "Tarkenna tarkoitus.");
      browser.click("#decisionForm\\:return");
      browser.waitFor(d -> d.getPageSource().contains("Palautit ehdotuksen"));
      browser.signOut();

      browser.signIn("sanna");
      openTaskOf(browser, name);
      Wizard wizard = new Wizard(browser);
      wizard.goTo(2);
      browser.type("#proposalForm\\:purpose", "Keskeneräinen muutos");
      browser.click("#proposalForm\\:saveDraft");
      browser.waitFor(d -> d.getPageSource().contains("Luonnos on tallennettu."));

      openTaskOf(browser, name);
      wizard.awaitStep(2);
      assertThat(browser.find("#proposalForm\\:purpose").getAttribute("value"))
          .isEqualTo("Keskeneräinen muutos");
      browser.click("#revisionDraftForm\\:discardChanges");
      browser.waitFor(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
      browser.click(".ui-confirmdialog-yes");
      browser.waitFor(d -> d.getPageSource().contains("Muutoksesi on hylätty"));

      wizard.awaitStep(1);
      assertThat(browser.has(".revision-resumed")).isFalse();
      wizard.goTo(2);
      assertThat(browser.find("#proposalForm\\:purpose").getAttribute("value"))
          .isEqualTo("Tapahtumat ja uutiset.");
    }
  }

  @Test
  void aWizardLeftBehindManyOtherPagesSaysItExpiredAndTheDraftIsStillThere() {
    String name = "Jätetty taakse " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.signIn("sanna");
      Wizard wizard = new Wizard(browser);
      wizard.openFresh();
      wizard.profile(name, "YOUTUBE", "");
      wizard.next(2);
      String wizardTab = browser.driver().getWindowHandle();
      // A session keeps the state of ten pages; the eleventh opened pushes the wizard's out.
      for (int page = 0; page < 11; page++) {
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/portal/tasks/");
      }
      browser.driver().switchTo().window(wizardTab);
      browser.click("#proposalForm\\:back");
      browser.waitFor(d -> d.getCurrentUrl().contains("/error/expired.xhtml"));
      assertThat(browser.find("h1").getText()).isEqualTo("Sivu vanhentui");

      browser.open("/portal/proposals/new.xhtml");
      assertThat(browser.find(".draft-offer").getText()).contains(name);
    }
  }

  /** Opens the task about a profile from the signed-in user's task list. */
  private static void openTaskOf(Browser browser, String name) {
    browser.open("/portal/tasks/");
    browser
        .driver()
        .findElement(By.xpath("//tr[.//*[text()='" + name + "']]//a[contains(@class,'task-link')]"))
        .click();
    browser.waitFor(d -> d.findElements(By.cssSelector("form")).size() > 2);
  }
}
