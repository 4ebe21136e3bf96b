package fi.virkaprofiili.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.mail.internet.MimeMessage;

/**
 * Test deployment only: a real SMTP server (GreenMail) inside the application, on the port its mail
 * settings name ({@code it.smtp.port}), from deployment to undeployment. One server serves every IT
 * class of the round, so a test finds its own mail by what it seeded (a unique profile name), never
 * by counting the mailbox. In-container tests read it with {@link #received()} or {@link
 * #greenMail()}; tests outside the application through {@link MailboxServlet}.
 */
@ApplicationScoped
public class TestMailServer {

  private static GreenMail server;

  void start(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
    greenMail();
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object undeployed) {
    stopServer();
  }

  /**
   * Stops the server, as a mail server that goes away; the next {@link #greenMail()} starts a new
   * one on the same port, which has received nothing yet.
   */
  public static synchronized void stopServer() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Every message the application has sent since it was deployed. */
  public static MimeMessage[] received() {
    return greenMail().getReceivedMessages();
  }

  /** The running server. */
  public static synchronized GreenMail greenMail() {
    if (server == null) {
      server =
          new GreenMail(
              new ServerSetup(
                  Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
    return server;
  }
}
