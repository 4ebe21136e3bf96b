package fi.virkaprofiili.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core on the page in the browser, against WCAG 2.1 AA: its serious and critical violations,
 * and the colour contrast it measured too low but left "incomplete". axe leaves contrast incomplete
 * when it cannot be sure of the background (a control over a gradient, or text the same colour as
 * its background, which it reports as 1:1): a sign-out button in white on white was such a case,
 * seen by no violation. An incomplete result counts here when axe measured a ratio and the ratio is
 * below the one required; what it could not measure at all (an image behind the text) is left to a
 * person.
 */
final class Axe {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "const where = n => n.target.join(' ');"
          + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
          + " resultTypes: ['violations', 'incomplete']})"
          + ".then(r => {"
          + "  const serious = r.violations"
          + "    .filter(v => v.impact === 'serious' || v.impact === 'critical')"
          + "    .map(v => v.id + ' (' + v.impact + ') ' + v.help + ' at ' + v.nodes.map(where)"
          + "      + ' – ' + v.helpUrl);"
          + "  const unseen = r.incomplete.filter(v => v.id === 'color-contrast')"
          + "    .flatMap(v => v.nodes.map(n => ({n: n, data: (n.any[0] || {}).data || {}})))"
          + "    .filter(x => typeof x.data.contrastRatio === 'number' && x.data.contrastRatio > 0"
          + "      && x.data.contrastRatio < parseFloat(x.data.expectedContrastRatio || '4.5'))"
          + "    .map(x => 'color-contrast (incomplete: ' + (x.data.messageKey || 'measured') + ') '"
          + "      + x.data.fgColor + ' on ' + x.data.bgColor + ' is ' + x.data.contrastRatio"
          + "      + ':1, needs ' + x.data.expectedContrastRatio + ' at ' + where(x.n));"
          + "  done(serious.concat(unseen));"
          + "}).catch(e => done('axe failed: ' + e));";

  private Axe() {}

  /** The problems on the page in the browser, one line each, starting with what the page is. */
  static List<String> check(Browser browser, String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript(Source.AXE);
    Object result = js.executeAsyncScript(RUN, WCAG_21_AA);
    if (!(result instanceof List<?> found)) {
      return List.of(page + ": " + result);
    }
    List<String> lines = new ArrayList<>();
    for (Object each : found) {
      lines.add(page + ": " + each);
    }
    return lines;
  }

  /** axe-core's script from its webjar on the test class path, of the version the build names. */
  private static final class Source {

    static final String AXE = read();

    private static String read() {
      ClassLoader loader = Axe.class.getClassLoader();
      try (InputStream pom =
          loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
        if (pom == null) {
          throw new IllegalStateException("axe-core's webjar is not on the test class path");
        }
        Properties properties = new Properties();
        properties.load(pom);
        String path =
            "META-INF/resources/webjars/axe-core/"
                + properties.getProperty("version")
                + "/axe.min.js";
        try (InputStream script = loader.getResourceAsStream(path)) {
          return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
