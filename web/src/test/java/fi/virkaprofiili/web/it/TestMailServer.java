package fi.virkaprofiili.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the tests' own JVM, on the port the application's mail settings
 * name ({@code it.smtp.port}), for a test class whose journeys send e-mail:
 * {@code @RegisterExtension static final TestMailServer mail = new TestMailServer();}.
 */
final class TestMailServer implements BeforeAllCallback, AfterAllCallback {

  private GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  MimeMessage[] received() {
    return server.getReceivedMessages();
  }
}
