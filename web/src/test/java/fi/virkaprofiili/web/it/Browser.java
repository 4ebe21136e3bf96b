package fi.virkaprofiili.web.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven the way a person uses the portal. Locations come
 * from the environment (CHROME_BIN, CHROMEDRIVER) with Debian's paths as defaults.
 */
final class Browser implements AutoCloseable {

  private static final String CHROMIUM =
      System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

  private final WebDriver driver;
  private final URL base;

  /** Whether this machine has the browser and its driver. */
  static boolean available() {
    return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
  }

  /** What {@link #available()} looks for, for a message. */
  static String looksFor() {
    return CHROMIUM + " and " + CHROMEDRIVER;
  }

  Browser(URL base) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024");
    // People here browse in Finnish; the portal follows the browser until they choose.
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fi"));
    // The console, read at close(): a script the Content-Security-Policy refused is logged there.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // Each browser is one person at an address of their own, as the server's trusted proxy would
    // report it: a sign-in that some other journey got wrong on purpose never holds this one.
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", ownAddress())));
    this.driver = chrome;
  }

  /** An address from the benchmarking block (RFC 2544), which no real client has. */
  private static String ownAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.18." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  void open(String path) {
    driver.get(base.toString().replaceAll("/$", "") + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void type(String css, String value) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(value);
  }

  /** Types a date into a date picker and closes its calendar, as a keyboard user would. */
  void typeDate(String css, java.time.LocalDate date) {
    WebElement field = find(css);
    // A date picker keeps its value through clear(); select it and type over it, as a person does.
    field.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.DELETE);
    field.sendKeys(date.toString(), org.openqa.selenium.Keys.TAB);
    find("body").sendKeys(org.openqa.selenium.Keys.ESCAPE);
    // A calendar left open covers what is below it, such as the form's buttons: click outside it.
    click("h1");
    waitFor(
        d ->
            d.findElements(By.cssSelector(".ui-datepicker.ui-widget-content")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  void choose(String css, String visibleValue) {
    new Select(find(css)).selectByValue(visibleValue);
  }

  void click(String css) {
    find(css).click();
  }

  void signIn(String user) {
    open("/login.xhtml");
    type("#loginForm\\:username", user);
    type("#loginForm\\:password", user);
    click("#loginForm\\:signIn");
    waitFor(d -> !d.getCurrentUrl().contains("login.xhtml"));
  }

  /** Signs in on the login form that a protected page showed in its own place. */
  void signInOnThisPage(String user) {
    waitFor(d -> !d.findElements(By.id("loginForm:username")).isEmpty());
    type("#loginForm\\:username", user);
    type("#loginForm\\:password", user);
    click("#loginForm\\:signIn");
    waitFor(d -> d.findElements(By.id("loginForm")).isEmpty());
  }

  /**
   * The radio buttons of the page that are not in a group named by a legend, or whose own name
   * takes in the group's (as a label for the group gives it to the first button): none is right.
   */
  java.util.List<String> ungroupedRadios() {
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (WebElement radio : driver.findElements(By.cssSelector("input[type=radio]"))) {
      String legend =
          (String)
              ((org.openqa.selenium.JavascriptExecutor) driver)
                  .executeScript(
                      "var group = arguments[0].closest('fieldset');"
                          + "var legend = group && group.querySelector(':scope > legend');"
                          + "return legend ? legend.textContent.trim() : null;",
                      radio);
      String name = radio.getAccessibleName();
      if (legend == null || legend.isEmpty()) {
        problems.add(radio.getAttribute("id") + " is in no fieldset with a legend");
      } else if (name.contains(legend)) {
        problems.add(radio.getAttribute("id") + " is named \"" + name + "\", its group's name too");
      }
    }
    return problems;
  }

  void signOut() {
    click("#signOutForm\\:signOut");
    waitFor(d -> d.findElements(By.id("signIn")).size() == 1);
  }

  /**
   * Waits until the condition holds. An Ajax update may replace an element the condition reads
   * between finding it and reading it: that is asked again, never a failure.
   */
  void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Waited in vain at " + driver.getCurrentUrl() + ", which shows:\n" + text(), e);
    }
  }

  /**
   * Waits until the element shows the text. An Ajax update may replace the element between finding
   * it and reading it, so a stale element is looked up again instead of failing.
   */
  void waitForText(String css, String expected) {
    waitFor(
        d -> {
          try {
            return d.findElement(By.cssSelector(css)).getText().contains(expected);
          } catch (org.openqa.selenium.StaleElementReferenceException
              | org.openqa.selenium.NoSuchElementException replaced) {
            return false;
          }
        });
  }

  /** Leaves a field by keyboard and waits for what leaving it sent to the server. */
  void leaveField(String css) {
    find(css).sendKeys(org.openqa.selenium.Keys.TAB);
    waitFor(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return jQuery.active === 0"));
  }

  /**
   * Lays the page out as a screen of this size in CSS pixels, as a phone or a desktop shows it: the
   * window's own size in headless Chromium is not the viewport's.
   */
  void viewport(int width, int height) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    // A phone's scroll bar lies over the page; a desktop's, which would take 15 px, is left out.
    ((ChromeDriver) driver)
        .executeCdpCommand("Emulation.setScrollbarsHidden", java.util.Map.of("hidden", true));
  }

  /** What the viewport shows now, as PNG. */
  byte[] screenshot() {
    return ((org.openqa.selenium.TakesScreenshot) driver)
        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Closes the browser, failing if any page it showed had something refused by its
   * Content-Security-Policy: a handler or script the policy stops is a control that does nothing.
   */
  @Override
  public void close() {
    java.util.List<String> refused;
    try {
      refused =
          driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
              .map(org.openqa.selenium.logging.LogEntry::getMessage)
              .filter(message -> message.contains("Content Security Policy"))
              .toList();
    } finally {
      driver.quit();
    }
    if (!refused.isEmpty()) {
      throw new AssertionError(
          "The Content-Security-Policy refused:\n" + String.join("\n", refused));
    }
  }
}
