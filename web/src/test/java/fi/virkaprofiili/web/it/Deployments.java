package fi.virkaprofiili.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the WAR the build made, not an archive assembled class by class. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    String war = System.getProperty("virkaprofiili.war");
    if (war == null) {
      throw new IllegalStateException(
          "Run integration tests through Maven: virkaprofiili.war is not set");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war))
        .addClass(LifecycleFixture.class);
  }

  /** The application with a real SMTP server (GreenMail) that the tests start inside it. */
  static WebArchive applicationWithMailServer() {
    return application().addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
  }

  /**
   * The application with a servlet of the tests' that prepares data through the boundaries, for
   * browser tests that run outside it; the fixture's assertions come along.
   */
  static WebArchive applicationWithSeed(Class<? extends jakarta.servlet.http.HttpServlet> seed) {
    return application()
        .addClass(seed)
        .addAsLibraries(
            jarOf(org.junit.jupiter.api.Assertions.class),
            jarOf(org.opentest4j.AssertionFailedError.class),
            jarOf(org.junit.platform.commons.JUnitException.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
