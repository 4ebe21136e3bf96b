package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An administrator answers a subject access request on a phone-sized screen and downloads the file;
 * staff are refused the page and the file, even when they post its form by hand.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyJourneyIT extends InBrowser {

  @Test
  void anAdministratorSeesWhatIsHeldAboutAPersonOnAPhone() {
    browser.viewport(390, 844);
    browser.signIn("admin");
    browser.open("/portal/privacy.xhtml");
    assertThat(browser.find("label[for='findForm:userId']").getText()).startsWith("Käyttäjätunnus");

    browser.click("#findForm\\:find");
    browser.waitFor(d -> browser.has(".ui-message-error, #messages .ui-messages-error"));
    assertThat(browser.text()).contains("Anna henkilön käyttäjätunnus.");

    browser.type("#findForm\\:userId", "sanna");
    browser.click("#findForm\\:find");
    browser.waitFor(d -> !d.findElements(By.id("counts")).isEmpty());
    assertThat(browser.find("#counts").getText())
        .contains("Henkilöstä sanna säilytetyt tiedot", "Profiilit, joissa hän on mukana");
    assertThat(browser.has("#downloadForm\\:download")).isTrue();
    Object sideways =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
    assertThat(sideways).as("the page scrolls sideways at 390 px").isEqualTo(false);
  }

  @Test
  void theDownloadIsTheJsonFileOfThatPerson() throws Exception {
    WebClient admin = new WebClient(base);
    admin.signIn("admin");
    WebClient.Answer page = admin.get("portal/privacy.xhtml");
    Map<String, String> find = WebClient.formFields(page.body(), "findForm");
    find.put("findForm:userId", "sanna");
    find.put("findForm:find", "");
    WebClient.Answer found = admin.post("portal/privacy.xhtml", find);
    assertThat(found.body()).contains("id=\"counts\"");

    Map<String, String> download = WebClient.formFields(found.body(), "downloadForm");
    download.put("downloadForm:download", "");
    WebClient.Answer file = admin.post("portal/privacy.xhtml", download);

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.isJson()).as(file.contentType()).isTrue();
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "personal-data-sanna.json");
    // The test's JVM has no JSON provider; the file's content is checked in PrivacyIT.
    assertThat(file.body())
        .containsPattern("\"person\"\\s*:\\s*\\{\\s*\"userId\"\\s*:\\s*\"sanna\"")
        .containsPattern("\"exportedBy\"\\s*:\\s*\"admin\"")
        .containsPattern("\"profiles\"\\s*:\\s*\\[\\s*\\{");
  }

  @Test
  void staffAreRefusedThePageAndTheFile() throws Exception {
    browser.signIn("sanna");
    assertThat(browser.has("#navPrivacy")).as("staff are not offered the page").isFalse();
    browser.open("/portal/privacy.xhtml");
    browser.waitFor(d -> d.getPageSource().contains("Sinulla ei ole oikeutta tähän"));
    assertThat(browser.has("#findForm")).isFalse();

    WebClient staff = new WebClient(base);
    staff.signIn("sanna");
    WebClient.Answer page = staff.get("portal/privacy.xhtml");
    Map<String, String> forged = WebClient.formFields(page.body(), "findForm");
    forged.put("javax.faces.ViewState", viewState(page.body()));
    forged.put("jakarta.faces.ViewState", viewState(page.body()));
    forged.put("findForm", "findForm");
    forged.put("findForm:userId", "admin");
    forged.put("findForm:find", "");
    forged.put("downloadForm", "downloadForm");
    forged.put("downloadForm:download", "");
    WebClient.Answer answer = staff.post("portal/privacy.xhtml", forged);
    assertThat(answer.isJson()).as("no file for staff").isFalse();
    assertThat(answer.body()).doesNotContain("id=\"counts\"", "\"exportedBy\"");
  }

  private static String viewState(String html) {
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    return state.find() ? state.group(1) : "";
  }
}
