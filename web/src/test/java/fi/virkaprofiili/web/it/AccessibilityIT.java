package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.processes.FakeProfileReport;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA as far as a machine can tell (Finnish law 306/2019): axe-core on every page, public
 * and of every role, with every task form the procedure has; the page's language in fi, sv and en;
 * and a decision made with the keyboard alone. A new page is one line in {@link #PAGES}.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT extends InBrowser {

  private static final String OFFICIAL_ADDRESS =
      "https://www.instagram.com/kaupunginkirjasto_demo/";

  /**
   * Every page people can reach, each as the person who meets it (null: without signing in), at an
   * address that may name what {@link AccessibilitySeed} prepared, and with what must be on it so
   * that the check looks at the real page and not at a refusal. Grouped by person, to sign in less.
   */
  private static final List<Page> PAGES =
      List.of(
          Page.of(null, "home", s -> "/"),
          Page.of(null, "sign-in", s -> "/login.xhtml", "#loginForm"),
          Page.of(null, "sign-in refused", s -> "/login.xhtml", "#loginForm")
              .after(AccessibilityIT::signInAsNobody),
          Page.of(null, "registry", s -> "/registry", "#profiles"),
          Page.of(null, "registry searched", s -> "/registry?q=Kaupunginkirjasto", ".profile-name"),
          Page.of(null, "verify, asked nothing", s -> "/verify", "#verifyForm"),
          Page.of(
              null,
              "verify: official",
              s -> "/verify?address=" + encode(OFFICIAL_ADDRESS),
              ".answer-OFFICIAL"),
          Page.of(
              null,
              "verify: closed",
              s -> "/verify?address=" + encode(s.get("closedUrl")),
              ".answer-CLOSED"),
          Page.of(
              null,
              "verify: not listed",
              s -> "/verify?address=" + encode("https://www.instagram.com/no_such_a11y"),
              ".answer-NOT_LISTED"),
          Page.of(null, "public report", s -> "/report", "#reportForm"),
          Page.of(null, "public report with errors", s -> "/report", "#reportForm")
              .after(b -> submitWithErrors(b, "#reportForm\\:submit")),
          Page.of(null, "embedded listing", s -> "/embed.xhtml", ".embedded-registry"),
          Page.of(null, "accessibility statement", s -> "/accessibility", "#feedback"),
          Page.of(null, "page not found", s -> "/no-such-page.xhtml"),
          Page.of(null, "forbidden", s -> "/error/403.xhtml"),
          Page.of(null, "server error", s -> "/error/500.xhtml"),
          Page.of(null, "session expired", s -> "/error/expired.xhtml"),
          Page.of(null, "bad request", s -> "/error/400.xhtml"),
          Page.of(null, "conflict", s -> "/error/409.xhtml"),
          Page.of(null, "too large", s -> "/error/413.xhtml"),
          Page.of("sanna", "my proposals", s -> "/portal/proposals/mine.xhtml", "#proposalsForm"),
          Page.of("sanna", "new proposal", s -> "/portal/proposals/new.xhtml", "#proposalForm")
              .after(AccessibilityIT::discardDraft),
          Page.of(
                  "sanna",
                  "new proposal, a step with errors",
                  s -> "/portal/proposals/new.xhtml",
                  "#proposalForm")
              .after(
                  b -> {
                    discardDraft(b);
                    submitWithErrors(b, "#proposalForm\\:next");
                  }),
          Page.of("sanna", "preferences", s -> "/portal/preferences.xhtml", "#preferencesForm"),
          Page.of(
              "sanna",
              "profile being closed",
              s -> "/portal/proposals/profile.xhtml?id=" + s.get("closingProfileId"),
              ".timeline"),
          Page.of("sanna", "task list", s -> "/portal/tasks/", "#tasksForm"),
          Page.of(
              "sanna",
              "revise a proposal",
              s -> task("revise", s.get(REVISE_PROPOSAL)),
              "#proposalForm"),
          Page.of(
                  "sanna",
                  "revise a proposal, changes restored",
                  s -> task("revise", s.get(REVISE_PROPOSAL)),
                  ".revision-resumed")
              .after(AccessibilityIT::leaveChangesAndComeBack),
          Page.of(
              "sanna",
              "record the account",
              s -> task("account", s.get(RECORD_ACCOUNT_ADDRESS)),
              "#accountForm"),
          Page.of(
              "sanna",
              "periodic review",
              s -> task("review", s.get(PERIODIC_REVIEW)),
              "#reviewForm"),
          Page.of(
              "sanna",
              "post the closure notice",
              s -> task("closing", s.get(POST_CLOSURE_NOTICE)),
              "#closingForm"),
          Page.of(
              "sanna",
              "close the account",
              s -> task("closing", s.get(CLOSE_ACCOUNT)),
              "#closingForm"),
          Page.of(
              "sanna", "report a fake profile", s -> "/portal/reports/new.xhtml", "#reportForm"),
          Page.of("markus", "my proposals", s -> "/portal/proposals/mine.xhtml", "#proposalsForm"),
          Page.of("markus", "task list", s -> "/portal/tasks/", "#tasksForm"),
          Page.of(
              "markus",
              "decide a proposal",
              s -> task("decide", s.get(MANAGER_DECISION)),
              "#decisionForm"),
          Page.of(
                  "markus",
                  "decide without a reason",
                  s -> task("decide", s.get(MANAGER_DECISION)),
                  "#decisionForm")
              .after(b -> submitWithErrors(b, "#decisionForm\\:reject")),
          Page.of(
              "markus",
              "overdue review",
              s -> task("review", s.get(REVIEW_OVERDUE)),
              "#reviewForm"),
          Page.of(
              "markus",
              "decide a closure",
              s -> task("closure", s.get(CLOSURE_DECISION)),
              "#closureForm"),
          Page.of(
              "markus",
              "profile in use",
              s -> "/portal/proposals/profile.xhtml?id=" + s.get("listedProfileId"),
              "#closureRequestForm"),
          Page.of("markus", "new proposal", s -> "/portal/proposals/new.xhtml", "#proposalForm")
              .after(AccessibilityIT::discardDraft),
          Page.of("markus", "dashboard", s -> "/portal/dashboard.xhtml", "#byStateTable"),
          Page.of(
              "markus", "unit's profiles", s -> "/portal/unit/profiles.xhtml", "#unitProfilesForm"),
          Page.of("tiina", "task list", s -> "/portal/tasks/", "#tasksForm"),
          Page.of(
              "tiina",
              "agree to a profile",
              s -> task("agree", s.get(COMMUNICATIONS_AGREEMENT)),
              "#agreementForm"),
          Page.of(
              "tiina",
              "investigate a report",
              s -> task("investigate", s.get(FakeProfileReport.INVESTIGATE_REPORT)),
              "#investigationForm"),
          Page.of("tiina", "my proposals", s -> "/portal/proposals/mine.xhtml", "#proposalsForm"),
          Page.of("tiina", "dashboard", s -> "/portal/dashboard.xhtml", "#byStateTable"),
          Page.of("tiina", "import accounts", s -> "/portal/import.xhtml", "#uploadForm"),
          Page.of("tiina", "units", s -> "/portal/units/index.xhtml", "#unitForm"),
          Page.of("tiina", "a unit", s -> "/portal/units/unit.xhtml?code=culture", "#moveForm"),
          Page.of("admin", "personal data", s -> "/portal/privacy.xhtml", "#findForm"),
          Page.of("admin", "personal data found", s -> "/portal/privacy.xhtml", "#findForm")
              .after(
                  b -> {
                    b.type("#findForm\\:userId", "sanna");
                    b.click("#findForm\\:find");
                    b.waitFor(d -> !d.findElements(org.openqa.selenium.By.id("counts")).isEmpty());
                  }),
          Page.of("ilkka", "task list", s -> "/portal/tasks/", "#tasksForm"),
          Page.of(
              "ilkka",
              "consent to an expert profile",
              s -> task("consent", s.get(EXPERT_CONSENT)),
              "#consentForm"),
          Page.of(
              "ilkka",
              "register access",
              s -> task("access", s.get(REGISTER_ACCESS)),
              "#accessForm"),
          Page.of(
              "ilkka", "revoke access", s -> task("closing", s.get(REVOKE_ACCESS)), "#closingForm"),
          Page.of("ilkka", "accounts and access", s -> "/portal/accounts.xhtml", "#accountsForm"),
          Page.of("ilkka", "my proposals", s -> "/portal/proposals/mine.xhtml", "#proposalsForm"),
          Page.of("admin", "people who left", s -> "/portal/leavers.xhtml", "#leaverForm"),
          Page.of("markus", "away and deputy", s -> "/portal/absence.xhtml", "#absenceForm"));

  /** The statement's link in every page's footer, as each language names it. */
  private static final Map<String, String> STATEMENT_LINK =
      Map.of(
          "fi",
          "Saavutettavuusseloste",
          "sv",
          "Tillgänglighetsutlåtande",
          "en",
          "Accessibility statement");

  /** Seeded once for the class: looking at a form changes nothing. */
  private static Map<String, String> seed;

  private String signedIn;

  @BeforeEach
  void giveTheChecksTime() {
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @Test
  void noPageHasASeriousOrCriticalViolation() {
    Map<String, String> seeded = seeded();
    List<String> problems = new ArrayList<>();
    for (Page page : PAGES) {
      visit(page, seeded, problems);
      problems.addAll(axe(page));
    }
    assertThat(problems).as("serious or critical WCAG 2.1 AA violations, by page").isEmpty();
  }

  @Test
  void everyPageSpeaksTheLanguageChosen() {
    Map<String, String> seeded = seeded();
    List<String> problems = new ArrayList<>();
    for (String language : List.of("sv", "en", "fi")) {
      signInAs(null);
      browser.open("/");
      browser.click("#languages a[lang='" + language + "']");
      browser.waitFor(d -> language.equals(langOfPage()));
      for (Page page : PAGES) {
        visit(page, seeded, problems);
        if (!language.equals(langOfPage())) {
          problems.add(
              page.describe() + " in " + language + ": <html lang=\"" + langOfPage() + "\">");
        }
        if (browser.has(".site-footer")
            && !browser
                .find(".site-footer a#accessibilityStatement")
                .getText()
                .equals(STATEMENT_LINK.get(language))) {
          problems.add(
              page.describe()
                  + " in "
                  + language
                  + ": its text is in another language than its lang says");
        }
      }
    }
    assertThat(problems).as("pages whose language is not the one chosen").isEmpty();
  }

  @Test
  void managerDecidesAProposalWithTheKeyboardAlone() {
    Map<String, String> seeded = seed(base, "?only=managerDecision");
    String name = seeded.get("name");
    List<String> unseenFocus = new ArrayList<>();

    browser.open("/login.xhtml");
    pressOn(Keys.TAB);
    assertThat(active().getAttribute("class"))
        .as("the first stop is the skip link")
        .contains("skip-link");
    pressOn(Keys.ENTER);
    assertThat(active().getAttribute("id"))
        .as("the skip link takes focus to the content")
        .isEqualTo("main");

    tabTo(e -> "loginForm:username".equals(e.getAttribute("id")), unseenFocus).sendKeys("markus");
    WebElement password =
        tabTo(e -> "loginForm:password".equals(e.getAttribute("id")), unseenFocus);
    password.sendKeys("markus");
    pressAndWait(password, Keys.ENTER, "#signOutForm");

    pressAndWait(
        tabTo(e -> "navTasks".equals(e.getAttribute("id")), unseenFocus), Keys.ENTER, "#tasksForm");
    pressAndWait(
        tabTo(
            e ->
                String.valueOf(e.getAttribute("class")).contains("task-link")
                    && e.findElement(By.xpath("ancestor::tr")).getText().contains(name),
            unseenFocus),
        Keys.ENTER,
        "#decisionForm");

    tabTo(e -> "decisionForm:reason".equals(e.getAttribute("id")), unseenFocus)
        .sendKeys("Hyvin perusteltu.");
    pressAndWait(
        tabTo(e -> "decisionForm:approve".equals(e.getAttribute("id")), unseenFocus),
        Keys.SPACE,
        "#tasksForm");

    assertThat(browser.text()).contains("Hyväksyit ehdotuksen \"" + name + "\"");
    assertThat(unseenFocus).as("focus stops that show no focus indicator").isEmpty();
  }

  /** Opens the page as its person; a page that does not show what it should is a problem too. */
  private void visit(Page page, Map<String, String> seeded, List<String> problems) {
    signInAs(page.user());
    browser.open(page.address().apply(seeded));
    page.then().accept(browser);
    if (!browser.has(page.expected())) {
      problems.add(
          page.describe()
              + ": did not show "
              + page.expected()
              + " at "
              + browser.driver().getCurrentUrl());
    }
  }

  private void signInAs(String user) {
    if (java.util.Objects.equals(user, signedIn)) {
      return;
    }
    if (signedIn != null) {
      browser.open("/");
      browser.signOut();
    }
    if (user != null) {
      browser.signIn(user);
    }
    signedIn = user;
  }

  /**
   * The serious and critical violations axe-core finds on the page, and contrast it measured too
   * low but left incomplete, one line each, with where and how to fix ({@link Axe}).
   */
  private List<String> axe(Page page) {
    return Axe.check(browser, page.describe());
  }

  private String langOfPage() {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.lang");
  }

  private WebElement active() {
    return browser.driver().switchTo().activeElement();
  }

  /** Presses the key on the element and waits for the next page, which shows what is wanted. */
  private void pressAndWait(WebElement element, CharSequence key, String wanted) {
    element.sendKeys(key);
    browser.waitFor(
        d -> {
          try {
            element.isEnabled();
            return false;
          } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return browser.has(wanted);
          }
        });
  }

  private void pressOn(CharSequence key) {
    active().sendKeys(key);
  }

  /**
   * Tabs forward until the wanted element has focus, noting each stop whose focus cannot be seen
   * (no outline and no box shadow); a page whose wanted element Tab never reaches fails.
   */
  private WebElement tabTo(
      java.util.function.Predicate<WebElement> wanted, List<String> unseenFocus) {
    for (int stop = 0; stop < 80; stop++) {
      pressOn(Keys.TAB);
      WebElement focused = active();
      Boolean visible =
          (Boolean)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "const s = getComputedStyle(arguments[0]);"
                          + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';",
                      focused);
      if (!Boolean.TRUE.equals(visible)) {
        unseenFocus.add(
            browser.driver().getCurrentUrl()
                + ": "
                + focused.getTagName()
                + "#"
                + focused.getAttribute("id")
                + " "
                + focused.getText());
      }
      if (wanted.test(focused)) {
        return focused;
      }
    }
    throw new AssertionError(
        "Tab never reached the element wanted at " + browser.driver().getCurrentUrl());
  }

  /** Sends the form as it is, for its messages at the fields. */
  private static void submitWithErrors(Browser browser, String button) {
    browser.click(button);
    browser.waitFor(d -> browser.has(".ui-message-error"));
  }

  /**
   * A draft left by an earlier visit is offered before the wizard; these checks are of the wizard.
   */
  private static void discardDraft(Browser browser) {
    if (browser.has("#draftForm\\:discard")) {
      browser.click("#draftForm\\:discard");
      browser.waitFor(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
      browser.click(".ui-confirmdialog-yes");
      browser.waitFor(d -> browser.has("#proposalForm\\:next"));
    }
  }

  /**
   * A change typed into the revision is kept as the field is left, and offered again on the next
   * visit.
   */
  private static void leaveChangesAndComeBack(Browser browser) {
    String name = browser.find("#proposalForm\\:name").getAttribute("value");
    browser.type("#proposalForm\\:name", name + " (muutettu)");
    browser.leaveField("#proposalForm\\:name");
    browser.driver().navigate().refresh();
    browser.waitFor(d -> browser.has(".revision-resumed"));
  }

  private static void signInAsNobody(Browser browser) {
    browser.type("#loginForm\\:username", "nobody");
    browser.type("#loginForm\\:password", "wrong");
    browser.click("#loginForm\\:signIn");
    browser.waitFor(d -> browser.has("#messages .ui-messages-error"));
  }

  private synchronized Map<String, String> seeded() {
    if (seed == null) {
      seed = seed(base, "");
    }
    return seed;
  }

  /** What {@link AccessibilitySeed} prepared in the deployed application. */
  static Map<String, String> seed(java.net.URL base, String query) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.toURI().resolve("it/accessibility-seed" + query))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .timeout(Duration.ofMinutes(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("seeding answered %s", response.body()).isEqualTo(200);
      Map<String, String> values = new LinkedHashMap<>();
      response
          .body()
          .lines()
          .map(line -> line.split("=", 2))
          .forEach(pair -> values.put(pair[0], pair[1]));
      return values;
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String task(String form, String taskId) {
    return "/portal/tasks/" + form + ".xhtml?task=" + taskId;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A page as one person meets it; {@code then} is what they do on it before it is checked. */
  record Page(
      String user,
      String name,
      Function<Map<String, String>, String> address,
      String expected,
      Consumer<Browser> then) {

    static Page of(String user, String name, Function<Map<String, String>, String> address) {
      return of(user, name, address, "main h1");
    }

    static Page of(
        String user, String name, Function<Map<String, String>, String> address, String expected) {
      return new Page(user, name, address, expected, browser -> {});
    }

    Page after(Consumer<Browser> action) {
      return new Page(user, name, address, expected, action);
    }

    String describe() {
      return name + " (" + (user == null ? "not signed in" : user) + ")";
    }
  }
}
