package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages as they look, on a phone (390 × 844) and on a desktop (1280 wide): citizens check an
 * account on the phone where they saw it. Each public page and each step of the proposal wizard
 * passes axe ({@link Axe}) at both widths, never scrolls sideways, and has main controls a
 * fingertip can hit (44 × 44 px, WCAG 2.5.5); the header's controls can be read on every page,
 * signed in or not. With {@code -Dit.screenshots=docs/screenshots} the test also saves the
 * screenshots README shows (a relative directory is taken from the repository's root).
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LookIT extends InBrowser {

  private static final Screen PHONE = new Screen("phone", 390, 844);
  private static final Screen DESKTOP = new Screen("desktop", 1280, 900);
  private static final int FINGERTIP = 44;

  /** A public page, by what it is and where it is. */
  private record Place(String name, String path) {}

  private static final List<Place> PUBLIC_PAGES =
      List.of(
          new Place("home", "/"),
          new Place("registry", "/registry.xhtml"),
          new Place("registry searched", "/registry.xhtml?q=Kaupunginkirjasto"),
          new Place("verify", "/verify.xhtml"),
          new Place(
              "verify: official",
              "/verify.xhtml?address="
                  + URLEncoder.encode(
                      "https://www.instagram.com/kaupunginkirjasto_demo/", StandardCharsets.UTF_8)),
          new Place(
              "verify: not listed",
              "/verify.xhtml?address="
                  + URLEncoder.encode(
                      "https://www.instagram.com/no_such_look", StandardCharsets.UTF_8)),
          new Place("public report", "/report.xhtml"),
          new Place("accessibility statement", "/accessibility.xhtml"),
          new Place("embedded listing", "/embed.xhtml"),
          new Place("no access", "/no-access.xhtml"),
          new Place("sign-in refused", "/no-access.xhtml?refused=true"),
          new Place("break-glass sign-in", "/break-glass.xhtml"));

  /**
   * The controls a person taps: buttons, fields, lists, the header's links and the registry's
   * pager. A radio button or check box is tapped by its label and is left out; a link inside a
   * sentence is exempt in WCAG 2.5.5.
   */
  private static final String CONTROLS =
      "button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select,"
          + " textarea, .ui-button, header a, .pager a, .wizard-steps a";

  /** What the page does wrong at this size, one line each; the page has the screen's size. */
  private static final String LAYOUT =
      "const w = window.innerWidth, min = arguments[0], out = [];"
          + "const root = document.documentElement;"
          + "if (root.scrollWidth > w) {"
          + "  const wide = [...document.querySelectorAll('body *')]"
          + "    .filter(e => e.getBoundingClientRect().right > w + 1)"
          + "    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= w + 1)"
          + "    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));"
          + "  out.push('scrolls sideways: ' + root.scrollWidth + ' px wide in ' + w + ', by ' + wide.join(', '));"
          + "}"
          + "document.querySelectorAll(arguments[1]).forEach(e => {"
          + "  const r = e.getBoundingClientRect(), s = getComputedStyle(e);"
          + "  if (r.width === 0 || r.height === 0 || s.visibility === 'hidden'"
          + "      || r.right <= 0 || r.left >= w || e.closest('[aria-hidden=true]')) return;"
          + "  if (r.width < min - 0.5 || r.height < min - 0.5) {"
          + "    out.push('too small to tap: ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + ' \"' + (e.innerText || e.value || e.name || '').trim().slice(0, 30) + '\" '"
          + "      + Math.round(r.width) + ' × ' + Math.round(r.height));"
          + "  }"
          + "});"
          + "return out;";

  /**
   * The header's controls whose text does not stand out from what is behind it (WCAG 1.4.3, 4.5:1):
   * the colour of each against the first background found going outwards.
   */
  private static final String HEADER_CONTRAST =
      "const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);"
          + "const lum = c => { const v = rgb(c).slice(0, 3).map(x => x / 255)"
          + "  .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));"
          + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
          + "const behind = e => { for (; e; e = e.parentElement) {"
          + "  const c = getComputedStyle(e).backgroundColor, a = rgb(c);"
          + "  if (a.length === 3 || (a.length === 4 && a[3] > 0)) return c; }"
          + "  return 'rgb(255, 255, 255)'; };"
          + "const out = [];"
          + "document.querySelectorAll('header a, header button, header input, header .user')"
          + ".forEach(e => {"
          + "  const r = e.getBoundingClientRect();"
          + "  if (r.width === 0 || r.right <= 0) return;"
          + "  const fg = getComputedStyle(e).color, bg = behind(e);"
          + "  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);"
          + "  const ratio = (hi + 0.05) / (lo + 0.05);"
          + "  if (ratio < 4.5) out.push((e.id || e.tagName.toLowerCase()) + ' \"'"
          + "    + (e.innerText || e.value || '').trim() + '\" ' + fg + ' on ' + bg + ' is '"
          + "    + ratio.toFixed(2) + ':1');"
          + "});"
          + "return out;";

  private final List<String> problems = new ArrayList<>();

  @BeforeEach
  void giveTheChecksTime() {
    browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
  }

  @Test
  void publicPagesAndTheWizardFitAPhoneAndADesktop() {
    Map<String, String> seeded = AccessibilityIT.seed(base, "?only=managerDecision");
    for (Screen screen : List.of(PHONE, DESKTOP)) {
      browser.viewport(screen.width(), screen.height());
      for (Place place : PUBLIC_PAGES) {
        browser.open(place.path());
        look(place.name(), screen);
        if (place.name().equals("registry") || place.name().equals("verify: official")) {
          save(place.name().replaceAll("\\W+", "-"), screen);
        }
      }
    }

    browser.viewport(DESKTOP.width(), DESKTOP.height());
    browser.signIn("markus");
    for (Screen screen : List.of(PHONE, DESKTOP)) {
      browser.viewport(screen.width(), screen.height());
      browser.open("/portal/tasks/");
      browser.waitForText("#tasksForm", seeded.get("name"));
      look("task list", screen);
      save("task-list", screen);
      walkTheWizard(screen);
    }
    assertThat(problems).as("what does not fit, by page and screen").isEmpty();
  }

  @Test
  void theHeaderControlsCanBeReadSignedInOrNot() {
    for (Screen screen : List.of(DESKTOP, PHONE)) {
      browser.viewport(screen.width(), screen.height());
      browser.open("/registry.xhtml");
      headerContrast("registry, not signed in", screen);
      browser.signIn("sanna");
      for (String path : List.of("/", "/portal/tasks/", "/portal/proposals/mine.xhtml")) {
        browser.open(path);
        headerContrast(path + " as sanna", screen);
        if (screen == DESKTOP) {
          headerOnOneLine(path + " as sanna", screen);
        }
        problems.addAll(Axe.check(browser, path + " as sanna at " + screen));
      }
      browser.open("/");
      browser.signOut();
    }
    assertThat(problems).as("header controls hard to see, by page and screen").isEmpty();
  }

  @Test
  void theErrorSummaryLinksToEachFieldInError() {
    browser.viewport(PHONE.width(), PHONE.height());
    browser.open("/report.xhtml");
    browser.click("#reportForm\\:submit");
    browser.waitFor(d -> browser.has(".ui-message-error"));
    List<String> fieldsInError =
        browser
            .driver()
            .findElements(org.openqa.selenium.By.cssSelector("[aria-invalid=true]"))
            .stream()
            .map(e -> e.getAttribute("id"))
            .toList();
    List<String> linked =
        browser
            .driver()
            .findElements(org.openqa.selenium.By.cssSelector("#messages a.field-link"))
            .stream()
            .map(a -> a.getAttribute("href").replaceAll(".*#", ""))
            .toList();
    assertThat(linked).as("the summary's links, to the fields in error").isNotEmpty();
    assertThat(fieldsInError).as("fields in error").containsAll(linked);

    browser.click("#messages a.field-link");
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
        .as("the link takes focus to its field")
        .isEqualTo(linked.get(0));
  }

  /** Each step of the wizard, filled as a person would, up to the review before submitting. */
  private void walkTheWizard(Screen screen) {
    Wizard wizard = new Wizard(browser);
    wizard.openFresh();
    look("wizard step 1", screen);
    wizard.profile("Ulkoasu " + screen.name(), "INSTAGRAM", "https://www.instagram.com/look_it");
    save("wizard-step-1", screen);
    wizard.next(2);
    look("wizard step 2", screen);
    wizard.purpose("Kirjaston tapahtumat nuorille.");
    wizard.next(3);
    look("wizard step 3", screen);
    wizard.content();
    wizard.next(4);
    look("wizard step 4", screen);
    wizard.resourcing();
    wizard.next(5);
    look("wizard step 5", screen);
    wizard.terms();
    wizard.next(6);
    look("wizard review", screen);
  }

  /** axe, sideways scrolling and the size of the controls, on the page open now. */
  @SuppressWarnings("unchecked")
  private void look(String page, Screen screen) {
    String where = page + " at " + screen;
    problems.addAll(Axe.check(browser, where));
    Object found =
        ((JavascriptExecutor) browser.driver()).executeScript(LAYOUT, FINGERTIP, CONTROLS);
    for (Object each : (List<Object>) found) {
      problems.add(where + ": " + each);
    }
  }

  @SuppressWarnings("unchecked")
  private void headerContrast(String page, Screen screen) {
    Object found = ((JavascriptExecutor) browser.driver()).executeScript(HEADER_CONTRAST);
    for (Object each : (List<Object>) found) {
      problems.add(page + " at " + screen + ": header control " + each);
    }
  }

  /**
   * The header on a desktop: its name and tools on one line, and its pages on one line below, not
   * wrapped to a second.
   */
  @SuppressWarnings("unchecked")
  private void headerOnOneLine(String page, Screen screen) {
    List<Object> spreads =
        (List<Object>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const spread = s => { const m = [...document.querySelectorAll(s)]"
                        + ".filter(e => e.getBoundingClientRect().width > 0)"
                        + ".map(e => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; });"
                        + " return Math.round(Math.max(...m) - Math.min(...m)); };"
                        + "return [spread('.header-bar > .brand, .header-tools > *'),"
                        + " spread('.site-nav li')];");
    if (((Number) spreads.get(0)).intValue() > 8 || ((Number) spreads.get(1)).intValue() > 8) {
      problems.add(
          page
              + " at "
              + screen
              + ": the header wraps (its bar's and its pages' middles are "
              + spreads
              + " px apart)");
    }
  }

  /** Keeps what the screen shows, where {@code it.screenshots} says, if it says. */
  private void save(String name, Screen screen) {
    String to = System.getProperty("it.screenshots", "");
    if (to.isBlank()) {
      return;
    }
    try {
      // The top of the page, as a person first sees it, whatever the last step scrolled to.
      ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
      Path directory = repositoryRoot().resolve(to);
      Files.createDirectories(directory);
      Screenshots.write(
          browser.screenshot(), directory.resolve(name + "-" + screen.name() + ".png"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The checkout's root, the directory with mvnw: a relative screenshot directory is from it. */
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path at = here; at != null; at = at.getParent()) {
      if (Files.exists(at.resolve("mvnw"))) {
        return at;
      }
    }
    return here;
  }

  /** A screen the pages are looked at on. */
  private record Screen(String name, int width, int height) {
    @Override
    public String toString() {
      return name + " " + width + " px";
    }
  }
}
