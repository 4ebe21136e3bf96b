package fi.virkaprofiili.web.it;

import fi.virkaprofiili.platform.config.DateStyle;
import fi.virkaprofiili.platform.config.OrganisationTime;
import java.util.UUID;

/** The proposal wizard as a person goes through it: step by step, in Finnish. */
final class Wizard {

  static final int STEPS = 6;

  private final Browser browser;

  Wizard(Browser browser) {
    this.browser = browser;
  }

  /** Opens "New proposal" on a fresh form: a draft left by an earlier journey is discarded. */
  void openFresh() {
    browser.open("/portal/proposals/new.xhtml");
    if (browser.has("#draftForm\\:discard")) {
      browser.click("#draftForm\\:discard");
      browser.waitFor(
          d ->
              d.findElement(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes"))
                  .isDisplayed());
      browser.click(".ui-confirmdialog-yes");
      browser.waitFor(d -> d.getPageSource().contains("Luonnos on hylätty."));
    }
    awaitStep(1);
  }

  void profile(String name, String channel, String accountUrl) {
    browser.type("#proposalForm\\:name", name);
    browser.choose("#proposalForm\\:channel", channel);
    browser.choose("#proposalForm\\:unit", "culture");
    browser.type("#proposalForm\\:accountUrl", accountUrl);
  }

  void purpose(String purpose) {
    browser.type("#proposalForm\\:purpose", purpose);
    browser.type("#proposalForm\\:targetAudiences", "Nuoret ja lapsiperheet");
  }

  void content() {
    browser.type("#proposalForm\\:plannedContent", "Lukuvinkit ja tapahtumat");
    browser.type("#proposalForm\\:promotion", "Kirjaston verkkosivut");
    browser.type("#proposalForm\\:successEvaluation", "Seuraajat ja palaute puolivuosittain");
  }

  void resourcing() {
    browser.type("#proposalForm\\:administrator\\:0\\:administratorName", "Sanna Suunnittelija");
    browser.type("#proposalForm\\:administrator\\:0\\:administratorTitle", "Kirjastonhoitaja");
    browser.type("#proposalForm\\:administrator\\:1\\:administratorName", "Tiina Tiedottaja");
    browser.type("#proposalForm\\:administrator\\:1\\:administratorTitle", "Tiedottaja");
    browser.type("#proposalForm\\:hoursPerWeek_input", "4");
    browser.choose("#proposalForm\\:updateFrequency", "SEVERAL_TIMES_A_WEEK");
  }

  void terms() {
    browser.type("#proposalForm\\:termsOfUseUrl", "https://www.tiktok.com/legal/terms-of-service");
    browser.type("#proposalForm\\:privateMessageHandling", "Luetaan arkisin; asiointi kirjaamoon.");
    browser.type("#proposalForm\\:responseTimePromise", "Arkisin 8–16");
    browser.type("#proposalForm\\:officialContact", "kirjaamo@kaupunki.example");
    browser.typeDate("#proposalForm\\:termsCheckedOn_input", new OrganisationTime().today());
    // Typed as ISO; the field may show it back in the page's own style (6.12.2026).
    browser.waitFor(
        d ->
            DateStyle.parseDay(
                    browser.find("#proposalForm\\:termsCheckedOn_input").getAttribute("value"))
                .filter(new OrganisationTime().today()::equals)
                .isPresent());
  }

  /** Moves on and waits for the step; the step must have been complete. */
  void next(int expectedStep) {
    browser.click("#proposalForm\\:next");
    awaitStep(expectedStep);
  }

  /** Moves on from an incomplete step and waits for the message that says why they stay. */
  void nextRefused(String message) {
    browser.click("#proposalForm\\:next");
    browser.waitFor(d -> d.getPageSource().contains(message));
  }

  /** Takes the step's link in the list of steps. */
  void goTo(int step) {
    browser.click("#proposalForm\\:steps\\:" + (step - 1) + "\\:goTo");
    awaitStep(step);
  }

  void awaitStep(int step) {
    browser.waitFor(d -> d.getPageSource().contains("Vaihe " + step + "/" + STEPS));
  }

  /** Submits from the review step and waits for "My proposals". */
  void submit() {
    browser.click("#proposalForm\\:submit");
    browser.waitFor(d -> d.getCurrentUrl().contains("/portal/proposals/mine.xhtml"));
  }

  /**
   * The address of a new account on the service, of its own: an account is on the profile's service
   * and belongs to one live profile only, and the ITs of a round share one database.
   */
  static String accountOn(String channel) {
    String handle = "it_" + UUID.randomUUID().toString().substring(0, 8);
    return switch (channel) {
      case "INSTAGRAM" -> "https://www.instagram.com/" + handle;
      case "FACEBOOK" -> "https://www.facebook.com/" + handle.replace('_', '.');
      case "TIKTOK" -> "https://www.tiktok.com/@" + handle;
      case "LINKEDIN" -> "https://www.linkedin.com/company/" + handle.replace('_', '-');
      case "X" -> "https://x.com/" + handle;
      default -> "";
    };
  }

  /** Every step filled with what the policy asks, then submitted. */
  void propose(String name, String channel, String purpose) {
    openFresh();
    profile(name, channel, accountOn(channel));
    next(2);
    purpose(purpose);
    next(3);
    content();
    next(4);
    resourcing();
    next(5);
    terms();
    next(6);
    submit();
  }
}
