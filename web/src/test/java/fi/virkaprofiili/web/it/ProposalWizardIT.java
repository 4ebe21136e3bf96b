package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The proposal wizard's draft, kept across closing the browser, in headless Chromium. */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
class ProposalWizardIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

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
      assertThat(first.find(".draft-status").getText()).contains("Luonnos tallennettu");
      // Typed but not yet moved on: kept as the field is left.
      first.type("#proposalForm\\:plannedContent", "Tapahtumakalenteri viikoittain");
      first.find("#proposalForm\\:plannedContent").sendKeys(org.openqa.selenium.Keys.TAB);
      first.waitFor(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return jQuery.active === 0"));
    }

    try (Browser second = new Browser(base)) {
      second.signIn("sanna");
      second.open("/portal/proposals/new.xhtml");
      assertThat(second.find(".draft-offer").getText()).contains(name);
      second.click("#draftForm\\:continue");
      Wizard wizard = new Wizard(second);
      wizard.awaitStep(3);
      assertThat(second.find("#proposalForm\\:plannedContent").getAttribute("value")).isEqualTo("Tapahtumakalenteri viikoittain");
      wizard.goTo(1);
      assertThat(second.find("#proposalForm\\:name").getAttribute("value")).isEqualTo(name);
      wizard.next(2);
      assertThat(second.find("#proposalForm\\:purpose").getAttribute("value")).isEqualTo("Kulttuuritapahtumat yhdessä paikassa.");
      wizard.next(3);
      wizard.content();
      wizard.next(4);
      wizard.resourcing();
      wizard.next(5);
      wizard.terms();
      wizard.next(6);
      assertThat(second.find(".review").getText())
          .contains(name, "Instagram", "Kulttuuripalvelut", "Kulttuuritapahtumat yhdessä paikassa.", "Sanna Suunnittelija, Kirjastonhoitaja");
      wizard.submit();
      assertThat(second.driver().findElement(By.xpath("//tr[.//*[text()='" + name + "']]")).getText()).contains("Odottaa päätöstä");

      second.open("/portal/proposals/new.xhtml");
      assertThat(second.has("#draftForm")).as("the submitted draft is gone").isFalse();
      wizard.awaitStep(1);
      assertThat(second.find("#proposalForm\\:name").getAttribute("value")).isEmpty();
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
}
