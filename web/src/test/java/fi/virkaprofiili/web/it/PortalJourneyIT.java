package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The spine as people meet it, in headless Chromium against the deployed application. */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalJourneyIT extends InBrowser {

  @Test
  void staffProposesManagerApprovesAndTheRegistryListsIt() {
    String name = "Kirjaston nuoret " + UUID.randomUUID().toString().substring(0, 8);

    proposeAsSanna(name, "TIKTOK", "Nuorten kirjastopalvelut ja lukuvinkit.");
    assertThat(rowOf(name)).contains("Odottaa päätöstä");
    browser.signOut();

    browser.signIn("markus");
    openDecisionOf(name);
    assertThat(browser.text()).contains(name, "Nuorten kirjastopalvelut ja lukuvinkit.");
    browser.type("#decisionForm\\:reason", "Sopii kirjaston viestintäsuunnitelmaan.");
    browser.click("#decisionForm\\:approve");
    browser.waitFor(
        d ->
            d.getPageSource().contains("Hyväksyit ehdotuksen") && d.getPageSource().contains(name));
    assertThat(browser.text()).contains("Hyväksyit ehdotuksen \"" + name + "\"");
    browser.signOut();

    browser.signIn("tiina");
    openTaskOf(name);
    assertThat(browser.text())
        .contains(
            "Hyväksy uusi profiili viestinnän puolesta", "Nuorten kirjastopalvelut ja lukuvinkit.");
    browser.click("#agreementForm\\:agree");
    browser.waitFor(d -> d.getPageSource().contains("Hyväksyit profiilin"));
    browser.signOut();

    browser.signIn("ilkka");
    openTaskOf(name);
    assertThat(browser.text()).contains("Kirjaa käyttöoikeudet tiliin");
    browser.type("#accessForm\\:holders", "Tietohallinnon pääkäyttäjätili ja kaksi ylläpitäjää");
    browser.click("#accessForm\\:register");
    browser.waitFor(d -> d.getPageSource().contains("käyttöoikeudet kirjattu"));
    browser.signOut();

    browser.signIn("sanna");
    openTaskOf(name);
    // The journey's profile is on TikTok, whose description holds 80 characters: the page gives
    // the text shortened to fit and says so (the whole text: PublishedTextsTest).
    assertThat(browser.text())
        .contains(
            "Tilin esittelyteksti",
            "Kohteen Kulttuuripalvelut virallinen tili.",
            "Lyhennetty mahtumaan TikTok-profiilin kuvaukseen",
            "enintään 80");
    browser.type("#accountForm\\:url", "ftp://kirjasto");
    browser.click("#accountForm\\:record");
    browser.waitFor(d -> d.getPageSource().contains("http:// tai https://"));
    // An account of its own: one account belongs to one live profile only.
    browser.type("#accountForm\\:url", "https://www.tiktok.com/@nuoret_" + name.substring(17));
    browser.click("#accountForm\\:record");
    browser.waitFor(d -> d.getPageSource().contains("osoite on kirjattu"));
    browser.open("/portal/proposals/mine.xhtml");
    browser
        .driver()
        .findElement(
            By.xpath("//tr[.//*[text()='" + name + "']]//a[contains(@class,'profile-link')]"))
        .click();
    browser.waitFor(d -> d.getCurrentUrl().contains("profile.xhtml") && browser.has(".timeline"));
    assertThat(browser.find(".timeline").getText())
        .as("the reason typed before approving is the approval's why")
        .contains("Sopii kirjaston viestintäsuunnitelmaan.");
    browser.signOut();

    browser.open(
        "/registry.xhtml?q="
            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    browser.waitFor(
        d -> {
          d.navigate().refresh();
          return !d.findElements(By.xpath("//tr[.//*[text()='" + name + "']]")).isEmpty();
        });
    assertThat(rowOf(name)).contains("TikTok", "Luettelossa");
  }

  @Test
  void whatAProposerTypesIsShownAsTextNeverRun() {
    String name =
        "<img src=x onerror=window.hacked=1> " + UUID.randomUUID().toString().substring(0, 8);

    proposeAsSanna(name, "X", "<script>window.hacked=2</script> Uutiset.");
    browser
        .driver()
        .findElement(
            By.xpath("//tr[.//*[text()='" + name + "']]//a[contains(@class,'profile-link')]"))
        .click();
    browser.waitFor(d -> d.getCurrentUrl().contains("profile.xhtml") && browser.has(".timeline"));

    assertThat(browser.text()).contains(name, "<script>window.hacked=2</script> Uutiset.");
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return window.hacked === undefined"))
        .isEqualTo(true);
  }

  @Test
  void managerReturnsForRevisionAndTheProposerResubmits() {
    String name = "Täydennettävä " + UUID.randomUUID().toString().substring(0, 8);
    proposeAsSanna(name, "LINKEDIN", "Työpaikat ja rekrytointi.");
    browser.signOut();

    browser.signIn("markus");
    openTaskOf(name);
    browser.type("#decisionForm\\:reason", "Kerro myös, kuka vastaa viesteihin lomien aikana.");
    browser.click("#decisionForm\\:return");
    browser.waitFor(d -> d.getPageSource().contains("Palautit ehdotuksen"));
    browser.signOut();

    browser.signIn("sanna");
    openTaskOf(name);
    assertThat(browser.find(".revision-request").getText())
        .isEqualTo("Kerro myös, kuka vastaa viesteihin lomien aikana.");
    Wizard wizard = new Wizard(browser);
    wizard.awaitStep(1);
    assertThat(browser.find("#proposalForm\\:name").getAttribute("value")).isEqualTo(name);
    wizard.goTo(5);
    browser.type(
        "#proposalForm\\:privateMessageHandling", "Luetaan arkisin; lomilla sijainen Tiina.");
    wizard.next(6);
    assertThat(browser.text())
        .contains(name, "Luetaan arkisin; lomilla sijainen Tiina.", "Työpaikat ja rekrytointi.");
    browser.click("#proposalForm\\:submit");
    browser.waitFor(d -> d.getPageSource().contains("lähti uudelleen päätettäväksi"));
    assertThat(rowOf(name)).contains("Odottaa päätöstä");
    browser
        .driver()
        .findElement(
            By.xpath("//tr[.//*[text()='" + name + "']]//a[contains(@class,'profile-link')]"))
        .click();
    browser.waitFor(d -> d.getCurrentUrl().contains("profile.xhtml") && browser.has(".timeline"));
    assertThat(browser.find(".timeline").getText())
        .contains(
            "sanna ehdotti profiilia.",
            "palautti ehdotuksen täydennettäväksi.",
            "Kerro myös, kuka vastaa viesteihin lomien aikana.",
            "sanna täydensi ehdotuksen ja lähetti sen uudelleen.");
    browser.signOut();

    browser.signIn("markus");
    openTaskOf(name);
    assertThat(browser.text()).contains("Luetaan arkisin; lomilla sijainen Tiina.");
  }

  @Test
  void rejectingWithoutAReasonIsRefusedAtTheField() {
    String name = "Ilman perustelua " + UUID.randomUUID().toString().substring(0, 8);
    proposeAsSanna(name, "FACEBOOK", "Tapahtumat.");
    browser.signOut();

    browser.signIn("markus");
    openDecisionOf(name);
    browser.click("#decisionForm\\:reject");

    browser.waitFor(d -> d.getPageSource().contains("Kerro, miksi ehdotus hylätään."));
    assertThat(browser.find("#decisionForm\\:reason").getAttribute("aria-invalid"))
        .isEqualTo("true");
    browser.click("#decisionForm\\:return");
    browser.waitFor(d -> d.getPageSource().contains("Kerro, miksi ehdotus palautetaan"));
    assertThat(browser.text())
        .as("returning is not called rejecting")
        .doesNotContain("Kerro, miksi ehdotus hylätään.");
    browser.open("/portal/tasks/");
    assertThat(browser.text()).contains(name);
  }

  @Test
  void proposerWithdrawsAfterConfirmingAndTheManagerNoLongerSeesIt() {
    String name = "Peruttava " + UUID.randomUUID().toString().substring(0, 8);
    proposeAsSanna(name, "YOUTUBE", "Videot kirjaston tapahtumista.");

    browser
        .driver()
        .findElement(
            By.xpath("//tr[.//*[text()='" + name + "']]//button[contains(@class,'withdraw')]"))
        .click();
    browser.waitFor(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
    browser.click(".ui-confirmdialog-yes");

    browser.waitFor(d -> d.getPageSource().contains("Ehdotus peruttiin."));
    assertThat(rowOf(name)).contains("Peruttu");
    browser.signOut();
    browser.signIn("markus");
    browser.open("/portal/tasks/");
    assertThat(browser.text()).doesNotContain(name);
  }

  @Test
  void emptyProposalGetsMessagesAtTheFieldsAndStoresNothing() {
    browser.signIn("sanna");
    Wizard wizard = new Wizard(browser);
    wizard.openFresh();
    assertThat(browser.ungroupedRadios()).isEmpty();
    browser.type("#proposalForm\\:accountUrl", "javascript:alert(1)");
    wizard.nextRefused("Osoitteen on alettava http:// tai https://.");

    assertThat(browser.text())
        .contains(
            "Vaihe 1/6",
            "Anna profiilille nimi.",
            "Valitse palvelu, jossa profiili toimii.",
            "Valitse yksikkö, jolle profiili kuuluu.",
            "Osoitteen on alettava http:// tai https://.");
    assertThat(browser.find("#proposalForm\\:name").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#proposalForm\\:accountUrl").getAttribute("aria-invalid"))
        .isEqualTo("true");
    browser.open("/portal/proposals/new.xhtml");
    assertThat(browser.has("#draftForm"))
        .as("a draft with an unsafe address is not kept")
        .isFalse();
    browser.open("/portal/proposals/mine.xhtml");
    assertThat(browser.text()).doesNotContain("javascript:alert(1)");

    wizard.openFresh();
    wizard.profile("Puutteellinen " + UUID.randomUUID().toString().substring(0, 8), "FACEBOOK", "");
    wizard.next(2);
    wizard.nextRefused("Kerro, mihin profiilia käytetään.");
    assertThat(browser.text()).contains("Vaihe 2/6", "Kerro, kenelle profiili on tarkoitettu.");
    wizard.purpose("Tapahtumat");
    wizard.next(3);
    wizard.nextRefused("Kerro, mitä profiilissa julkaistaan.");
    wizard.content();
    wizard.next(4);
    wizard.nextRefused(
        "Kerro, montako tuntia viikossa on varattu. Ilman työaikaa ei perusteta profiilia.");
    wizard.resourcing();
    wizard.next(5);
    wizard.nextRefused("Kerro, miten yksityisviestit käsitellään.");
    assertThat(browser.text())
        .contains(
            "Vaihe 5/6",
            "Kerro, milloin kysymyksiin vastataan, esim. arkisin 8–16.",
            "Kerro, miten organisaatioon otetaan virallisesti yhteyttä.");
  }

  @Test
  void organisationProfileNeedsTwoAdministrators() {
    String name = "Yksin " + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("sanna");
    Wizard wizard = new Wizard(browser);
    wizard.openFresh();
    wizard.profile(name, "INSTAGRAM", "");
    wizard.next(2);
    wizard.purpose("Kuvat kirjaston tapahtumista.");
    wizard.next(3);
    wizard.content();
    wizard.next(4);
    browser.type("#proposalForm\\:administrator\\:0\\:administratorName", "Sanna Suunnittelija");
    browser.type("#proposalForm\\:administrator\\:0\\:administratorTitle", "Kirjastonhoitaja");
    browser.type("#proposalForm\\:hoursPerWeek_input", "4");
    browser.choose("#proposalForm\\:updateFrequency", "WEEKLY");
    wizard.nextRefused("Nimeä vähintään kaksi ylläpitäjää tehtävänimikkeineen.");

    assertThat(browser.text()).contains("Vaihe 4/6");
    assertThat(
            browser
                .find("#proposalForm\\:administrator\\:0\\:administratorName")
                .getAttribute("value"))
        .isEqualTo("Sanna Suunnittelija");
    browser.open("/portal/proposals/mine.xhtml");
    assertThat(browser.text()).doesNotContain(name);
  }

  @Test
  void wrongCredentialsGetAClearMessage() {
    // Camunda delays further sign-ins of a real user after a failure, and every demo user takes
    // part in some journey: an unknown user gets the same answer, which reveals nothing.
    browser.open("/login.xhtml");
    browser.type("#loginForm\\:username", "nobody");
    browser.type("#loginForm\\:password", "wrong");
    browser.click("#loginForm\\:signIn");

    browser.waitFor(d -> d.getPageSource().contains("Käyttäjätunnus tai salasana on väärin."));
    assertThat(browser.has("#signOutForm")).isFalse();
  }

  @Test
  void unknownPageIsFriendlyAndTaskPagesNeedSignIn() {
    browser.open("/no-such-page.xhtml");
    assertThat(browser.text()).contains("Sivua ei löydy").doesNotContain("Exception");
    browser.open("/portal/tasks/decide.xhtml?task=does-not-exist");
    assertThat(browser.has("#loginForm")).isTrue();
    assertThat(browser.has("#decisionForm")).isFalse();
  }

  @Test
  void aTaskLinkLeadsThroughSignInToTheTaskItNames() {
    String name = "Sähköpostilinkki " + UUID.randomUUID().toString().substring(0, 8);
    proposeAsSanna(name, "X", "Kirjaston tapahtumat.");
    browser.signOut();
    browser.signIn("markus");
    browser.open("/portal/tasks/");
    String taskLink =
        browser
            .driver()
            .findElement(
                By.xpath("//tr[.//*[text()='" + name + "']]//a[contains(@class,'task-link')]"))
            .getAttribute("href");
    assertThat(taskLink).contains("decide.xhtml?task=");
    browser.signOut();

    browser.driver().get(taskLink);
    browser.signInOnThisPage("markus");

    browser.waitFor(d -> browser.has("#decisionForm"));
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(taskLink);
    assertThat(browser.text()).contains(name);
  }

  @Test
  void proposingFromTheHomePageGoesOnToTheProposalAfterSignIn() {
    browser.open("/");
    browser
        .driver()
        .findElement(By.xpath("//main//a[contains(@href,'portal/proposals/new.xhtml')]"))
        .click();
    browser.signInOnThisPage("sanna");

    browser.waitFor(d -> d.getCurrentUrl().contains("/portal/proposals/new.xhtml"));
    assertThat(browser.has("#proposalForm")).isTrue();
  }

  @Test
  void signInNeverGoesOnToAnotherSite() {
    browser.open("/login.xhtml?next=//evil.example/portal/tasks/");
    browser.signInOnThisPage("tiina");

    assertThat(browser.driver().getCurrentUrl())
        .startsWith(base.toString().replaceAll("/$", ""))
        .endsWith("/portal/tasks/");
  }

  @Test
  void theReportFormSaysAtTheAddressWhyItIsRefused() {
    browser.open("/report.xhtml");
    browser.type("#reportForm\\:address", "https://x.com/" + "kaupunki".repeat(6));
    browser.type("#reportForm\\:description", "Käyttää kaupungin logoa.");
    browser.click("#reportForm\\:submit");

    String tooLong = "Palvelussa X käyttäjänimessä on enintään 15 merkkiä.";
    browser.waitFor(d -> d.getPageSource().contains(tooLong));
    assertThat(browser.find("#reportForm\\:address").getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(addressField()).contains(tooLong).doesNotContain("ei ole sosiaalisen median");

    browser.type("#reportForm\\:address", "https://x.com/home");
    browser.click("#reportForm\\:submit");
    browser.waitFor(d -> d.getPageSource().contains("Tämä ei ole sosiaalisen median tilin osoite"));
    assertThat(addressField()).contains("Tämä ei ole sosiaalisen median tilin osoite");
  }

  /** The text of the address field's block: its label, hint and message. */
  private String addressField() {
    return browser
        .driver()
        .findElement(
            By.xpath("//div[contains(@class,'field')][.//input[@id='reportForm:address']]"))
        .getText();
  }

  @Test
  void languageChoiceIsRemembered() {
    browser.open("/registry.xhtml");
    assertThat(browser.text()).contains("Virallisten profiilien luettelo");

    browser.driver().findElement(By.linkText("på svenska")).click();
    browser.waitFor(d -> d.getPageSource().contains("Förteckning över officiella profiler"));
    browser.open("/login.xhtml");

    assertThat(browser.text()).contains("Användarnamn", "Lösenord");
  }

  @Test
  void administratorSeesTheProcessInCockpit() {
    browser.open("/camunda/app/cockpit/default/");
    browser.waitFor(d -> !d.findElements(By.cssSelector("form input[type=password]")).isEmpty());
    browser.find("form input[type=text], form input[name=username]").sendKeys("admin");
    browser.find("form input[type=password]").sendKeys("admin");
    browser.click("form button[type=submit]");
    browser.waitFor(d -> d.findElements(By.cssSelector("form input[type=password]")).isEmpty());

    browser.open("/camunda/app/cockpit/default/#/processes");

    browser.waitFor(d -> d.getPageSource().contains("Official profile lifecycle"));
  }

  /** Sanna proposes a profile for Culture services and lands on "My proposals". */
  private void proposeAsSanna(String name, String channel, String purpose) {
    browser.signIn("sanna");
    new Wizard(browser).propose(name, channel, purpose);
    assertThat(browser.text()).contains(name);
  }

  /** Opens the decision form of a proposal from the signed-in manager's task list. */
  private void openDecisionOf(String name) {
    openTaskOf(name);
    browser.waitFor(d -> d.getCurrentUrl().contains("decide.xhtml"));
  }

  private void openTaskOf(String name) {
    new TaskList(browser).openTaskOf(name);
  }

  private String rowOf(String profileName) {
    return browser
        .driver()
        .findElement(By.xpath("//tr[.//*[text()='" + profileName + "']]"))
        .getText();
  }
}
