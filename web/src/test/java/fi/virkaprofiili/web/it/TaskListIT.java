package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The task list as communications uses it in the browser: narrowed to what is overdue on one
 * channel, a task put off until a follow-up date, and a comment that a colleague reads on the same
 * group task. Each test reports its own fake profile, whose investigation is the task.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskListIT extends InBrowser {

  private static final Pattern REFERENCE = Pattern.compile("(R-[^\\s.]+)");

  @Test
  void overdueTasksOfAChannelComeFirstAndATaskPutOffWaitsAmongTheLaterOnes() throws Exception {
    browser.signIn("tiina");
    String handle = "kaupunki_" + UUID.randomUUID().toString().substring(0, 8);
    String task = engine.taskOf(report(handle));
    engine.setDue(task, Instant.now().minus(Duration.ofDays(1)));

    browser.open("/portal/tasks/");
    assertThat(browser.find("#tasksForm\\:tasks tbody tr").getText())
        .as("the overdue task comes first")
        .contains(handle);
    filter("OVERDUE", "INSTAGRAM", "ALL");
    assertThat(rowOf(handle)).contains("Instagram", "(myöhässä)");
    filter("OVERDUE", "FACEBOOK", "ALL");
    assertThat(rowOf(handle)).as("a task on another channel is not shown").isEmpty();
    filter("SOON", "", "ALL");
    assertThat(rowOf(handle)).as("an overdue task is no longer due soon").isEmpty();

    filter("ANY", "", "ALL");
    openTaskOf(handle);
    LocalDate tomorrow = new OrganisationTime().today().plusDays(1);
    browser.typeDate("#followUpForm\\:followUpDate_input", tomorrow);
    // The calendar stays open over the button until one clicks elsewhere, as a person would.
    browser.click("#taskWorkHeading");
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector(".ui-datepicker.ui-widget-content")).stream()
                .noneMatch(panel -> panel.isDisplayed()));
    browser.click("#followUpForm\\:saveFollowUp");
    browser.waitFor(d -> d.getPageSource().contains("Seurantapäivä tallennettiin"));

    browser.open("/portal/tasks/");
    filter("ANY", "", "NOW");
    assertThat(rowOf(handle))
        .as("put off until tomorrow, it is not among the tasks to do now")
        .isEmpty();
    filter("ANY", "", "LATER");
    assertThat(rowOf(handle)).contains(String.valueOf(tomorrow.getYear()));
  }

  @Test
  void aCommentOnAGroupTaskIsReadByAColleagueWithItsAuthorAndAsText() throws Exception {
    String colleague = "viivi" + UUID.randomUUID().toString().substring(0, 8);
    engine.createUser(colleague, Roles.COMMUNICATIONS);
    browser.signIn("tiina");
    String handle = "kaupunki_" + UUID.randomUUID().toString().substring(0, 8);
    report(handle);

    browser.open("/portal/tasks/");
    openTaskOf(handle);
    String comment = "Soitin Instagramiin <b>tänään</b>; odotamme vastausta.";
    browser.click("#commentForm\\:addComment");
    browser.waitFor(d -> d.getPageSource().contains("Kirjoita ensin kommentti"));
    browser.type("#commentForm\\:comment", comment);
    browser.click("#commentForm\\:addComment");
    browser.waitFor(d -> d.getPageSource().contains("Kommentti lisättiin"));
    browser.signOut();

    browser.signIn(colleague);
    browser.open("/portal/tasks/");
    openTaskOf(handle);
    String shown = browser.find(".comment-list").getText();
    assertThat(shown).contains("tiina", comment);
    assertThat(browser.driver().findElements(By.cssSelector(".comment-text b")))
        .as("what was typed is shown as text")
        .isEmpty();
  }

  @Test
  void theInvestigationNamesTheReportersContactAndItsOutcomesAsOneGroup() {
    browser.signIn("tiina");
    String handle = "kaupunki_" + UUID.randomUUID().toString().substring(0, 8);
    browser.open("/portal/reports/new.xhtml");
    browser.type("#reportForm\\:address", "https://www.instagram.com/" + handle + "/");
    browser.type("#reportForm\\:description", "Käyttää kaupungin logoa.");
    browser.type("#reportForm\\:contact", "asukas@example.org");
    browser.click("#reportForm\\:submit");
    browser.waitFor(d -> browser.has("#reportReference"));

    browser.open("/portal/tasks/");
    openTaskOf(handle);

    assertThat(browser.find(".facts").getText())
        .contains("Ilmoittajan sähköposti", "asukas@example.org")
        .doesNotContain("Sähköpostisi");
    assertThat(browser.ungroupedRadios()).isEmpty();
    assertThat(browser.find("#investigationForm\\:outcome\\:0").getAccessibleName())
        .isEqualTo("Ilmoitettu palvelulle");
  }

  /** Reports a fake profile in the portal and returns the report's reference. */
  private String report(String handle) {
    browser.open("/portal/reports/new.xhtml");
    browser.type("#reportForm\\:address", "https://www.instagram.com/" + handle + "/");
    browser.type("#reportForm\\:description", "Käyttää kaupungin logoa ja pyytää pankkitietoja.");
    browser.click("#reportForm\\:submit");
    browser.waitFor(d -> browser.has("#reportReference"));
    Matcher reference = REFERENCE.matcher(browser.find("#reportReference").getText());
    assertThat(reference.find()).isTrue();
    return reference.group(1);
  }

  private void filter(String due, String channel, String followUp) {
    browser.choose("#tasksForm\\:due", due);
    browser.choose("#tasksForm\\:channel", channel);
    browser.choose("#tasksForm\\:followUp", followUp);
    String before = browser.find("#tasksForm\\:tasks").getText();
    browser.click("#tasksForm\\:filter");
    browser.waitFor(
        d -> {
          try {
            return !browser.find("#tasksForm\\:tasks").getText().equals(before)
                || Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()"));
          } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
          }
        });
  }

  private void openTaskOf(String handle) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//tr[.//*[contains(text(),'" + handle + "')]]//a[contains(@class,'task-link')]"))
        .click();
    browser.waitFor(d -> browser.has("#commentForm"));
  }

  private String rowOf(String handle) {
    return browser
        .driver()
        .findElements(By.xpath("//tbody//tr[.//*[contains(text(),'" + handle + "')]]"))
        .stream()
        .map(row -> row.getText())
        .findFirst()
        .orElse("");
  }
}
