package fi.virkaprofiili.web.it;

import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser journey starts from, where Chromium is installed ({@link BrowserAvailable}):
 * the deployed application's address, a new headless browser for each test (so that no session or
 * cookie carries over), and the engine's REST API beside it for what a person would wait days for.
 */
@ExtendWith(BrowserAvailable.class)
abstract class InBrowser {

  @ArquillianResource protected URL base;

  protected Browser browser;
  protected EngineApi engine;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser(base);
    engine = new EngineApi(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
