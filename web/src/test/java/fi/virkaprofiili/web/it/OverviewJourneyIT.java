package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.virkaprofiili.processes.ProfileLifecycle;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Each role's overview in the browser, with the numbers of the demo data: communications'
 * dashboard, the manager's list of the unit's profiles with an overdue review, IT's accounts, and a
 * profile's diagram with its current step. The expected numbers come from elsewhere: the public
 * registry's API and the engine's REST API.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverviewJourneyIT extends InBrowser {

  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");

  @Test
  void staffAreNotOfferedTheDashboardAndAreRefusedIt() {
    browser.signIn("sanna");
    assertThat(browser.has("#navDashboard")).isFalse();
    assertThat(browser.has("#navUnitProfiles")).isFalse();
    assertThat(browser.has("#navAccounts")).isFalse();
    browser.open("/portal/dashboard.xhtml");
    browser.waitFor(d -> d.getPageSource().contains("Sinulla ei ole oikeutta tähän"));
    assertThat(browser.has("#byStateTable")).isFalse();
    browser.open("/portal/accounts.xhtml");
    browser.waitFor(d -> d.getPageSource().contains("Sinulla ei ole oikeutta tähän"));
    assertThat(browser.has("#accountsForm\\:accounts")).isFalse();
  }

  @Test
  void communicationsSeeTheDashboardWithTheRegistrysAndTheEnginesNumbers() throws Exception {
    long listed = total("api/registry/profiles?state=LISTED&size=1");
    long closing = total("api/registry/profiles?state=CLOSING&size=1");
    long decisions =
        engine.count(
            "engine-rest/task/count?processDefinitionKey=profile-lifecycle&taskDefinitionKey="
                + ProfileLifecycle.MANAGER_DECISION);
    assertThat(listed).as("the demo data has listed profiles").isPositive();

    browser.signIn("tiina");
    browser.click("#navDashboard");
    browser.waitFor(d -> browser.has("#byStateTable"));
    assertThat(number("#state-LISTED td")).isEqualTo(listed);
    assertThat(number("#state-CLOSING td")).isEqualTo(closing);
    assertThat(sum("#byUnitTable td"))
        .as("every profile in use is in one unit")
        .isEqualTo(listed + closing);
    assertThat(sum("#byChannelTable td")).isEqualTo(listed + closing);
    assertThat(number("#decisions-managerDecision td.total")).isEqualTo(decisions);
    for (String chart :
        List.of("stateChart", "channelChart", "unitChart", "reviewChart", "decisionChart")) {
      assertThat(browser.find("#" + chart + " canvas").getAttribute("aria-label")).isNotBlank();
    }
  }

  @Test
  void managerSeesTheUnitsProfilesWithAnOverdueReviewAndTheDiagramFollowsIt() throws Exception {
    // A unit of its own: its list shows this test's two profiles, whatever else the round did.
    Map<String, String> seeded = UnitSeed.seed(base);
    List<String> unitsProfiles =
        names(get("api/registry/profiles?unit=" + seeded.get("unit") + "&size=100"));
    assertThat(unitsProfiles).hasSize(2);
    String profileId = seeded.get("profile");

    browser.signIn(seeded.get("manager"));
    String name = openProfile(profileId);
    browser.waitFor(
        d ->
            browser.has(
                "g.djs-element.step-current[data-element-id='"
                    + ProfileLifecycle.REVIEW_DUE
                    + "']"));
    assertThat(browser.find("#currentSteps").getText()).contains("Odottaa seuraavaa katselmointia");
    assertThat(
            browser.has("g.djs-element.step-completed[data-element-id='determineReviewInterval']"))
        .isTrue();
    // The diagram speaks the page's language and opens readable, and its buttons zoom it.
    assertThat(diagramLabel(ProfileLifecycle.PERIODIC_REVIEW)).isEqualTo("Katselmoi profiili");
    assertThat(diagramLabel(ProfileLifecycle.CLOSURE_DECISION)).isEqualTo("Päätä sulkemisesta");
    String opened = browser.find(".process-diagram g.viewport").getAttribute("transform");
    assertThat(Double.parseDouble(opened.replaceAll("^matrix\\(([^,\\s]+)[,\\s].*", "$1")))
        .as("the scale it opens at, readable at 1280 px")
        .isCloseTo(0.9, within(0.01));
    browser.click(".diagram-zoom-in");
    browser.waitFor(
        d -> !opened.equals(browser.find(".process-diagram g.viewport").getAttribute("transform")));

    engine.fireTimer(profileId, ProfileLifecycle.REVIEW_DUE);
    engine.fireTimer(profileId, ProfileLifecycle.REVIEW_NOT_DONE);
    browser.waitFor(
        d -> {
          browser.open("/portal/unit/profiles.xhtml");
          return !rowsOf(name, "tr.review-overdue").isEmpty();
        });
    assertThat(rowsOf(name, "tr.review-overdue").get(0).getText()).contains("Myöhässä");
    String table = browser.find("#unitProfilesForm\\:profiles").getText();
    assertThat(unitsProfiles)
        .isNotEmpty()
        .allSatisfy(profile -> assertThat(table).contains(profile));

    openProfile(profileId);
    browser.waitFor(
        d ->
            browser.has(
                "g.djs-element.step-current[data-element-id='"
                    + ProfileLifecycle.REVIEW_OVERDUE
                    + "']"));
    assertThat(browser.find("#currentSteps").getText()).contains("Katselmoi myöhästynyt profiili");
    // The owner's review was interrupted by its timer: ended, but not done.
    assertThat(
            browser.has(
                "g.djs-element.step-cancelled[data-element-id='"
                    + ProfileLifecycle.PERIODIC_REVIEW
                    + "']"))
        .isTrue();
    assertThat(
            browser.has(
                "g.djs-element.step-completed[data-element-id='"
                    + ProfileLifecycle.PERIODIC_REVIEW
                    + "']"))
        .isFalse();
  }

  /**
   * The label bpmn-js drew for an element, its lines joined; read from the document, since an
   * element off the part of the diagram in view has no visible text.
   */
  private String diagramLabel(String elementId) {
    return String.join(
            " ",
            browser
                .driver()
                .findElements(
                    By.cssSelector(
                        ".process-diagram g.djs-element[data-element-id='"
                            + elementId
                            + "'] text tspan"))
                .stream()
                .map(line -> line.getAttribute("textContent").trim())
                .toList())
        .trim();
  }

  @Test
  void itSeesEveryOfficialAccountAndWhoHoldsAccess() throws Exception {
    long inUse =
        total("api/registry/profiles?state=LISTED&size=1")
            + total("api/registry/profiles?state=CLOSING&size=1");
    String name = names(get("api/registry/profiles?state=LISTED&size=1")).get(0);

    browser.signIn("ilkka");
    browser.click("#navAccounts");
    browser.waitFor(d -> browser.has("#accountsForm\\:accounts"));
    assertThat(browser.find(".ui-paginator-current").getText()).endsWith("/ " + inUse);
    browser.type("#accountsForm\\:words", name);
    browser.click("#accountsForm\\:search");
    browser.waitFor(d -> browser.find(".ui-paginator-current").getText().endsWith("/ 1"));
    assertThat(browser.find("#accountsForm\\:accounts").getText()).contains(name);
  }

  /** Opens the profile's page and returns its name. */
  private String openProfile(String profileId) {
    browser.open("/portal/proposals/profile.xhtml?id=" + profileId);
    browser.waitFor(d -> browser.has(".timeline"));
    return browser.find("h1").getText();
  }

  private List<WebElement> rowsOf(String name, String rowCss) {
    return browser.driver().findElements(By.cssSelector(rowCss)).stream()
        .filter(row -> row.getText().contains(name))
        .toList();
  }

  private long number(String css) {
    return Long.parseLong(browser.find(css).getText().replaceAll("\\D", ""));
  }

  private long sum(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .mapToLong(cell -> Long.parseLong(cell.getText().replaceAll("\\D", "")))
        .sum();
  }

  private long total(String path) throws Exception {
    Matcher matcher = TOTAL.matcher(get(path));
    assertThat(matcher.find()).as(path + " says its total").isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private static List<String> names(String json) {
    List<String> names = new ArrayList<>();
    Matcher matcher = NAME.matcher(json);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
