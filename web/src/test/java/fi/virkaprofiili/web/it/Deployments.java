package fi.virkaprofiili.web.it;

import java.io.File;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What every IT runs against: the WAR the build made, with what the tests need inside it. One
 * deployment serves all IT classes of a database round ({@link SharedDeployment}); a class that
 * drives the portal from outside, such as a browser journey, says {@code @RunAsClient}.
 */
public final class Deployments {

  /** Classes of this package that run only in the tests' JVM, beside the @RunAsClient classes. */
  private static final Set<Class<?>> CLIENT_ONLY =
      Set.of(
          Browser.class,
          InBrowser.class,
          Wizard.class,
          EngineApi.class,
          SharedDeployment.class,
          ItDatabase.class,
          BrowserAvailable.class,
          ItBuild.class,
          WebClient.class,
          TwoNodesIT.class,
          TwoNodeFaultsIT.class,
          DatabaseProxy.class,
          OpenIdSignInIT.class,
          Node.class);

  private Deployments() {}

  /**
   * The application, the in-container IT classes and their helpers (fixture, seed servlets, the
   * mail server), and GreenMail. JUnit comes with Arquillian's own additions.
   */
  @Deployment
  public static WebArchive shared() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, war())
        .addPackages(false, Deployments::inContainer, Deployments.class.getPackage())
        .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
  }

  /** The application and the lifecycle fixture alone, for the benchmarks' own deployments. */
  public static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, war()).addClass(LifecycleFixture.class);
  }

  /**
   * What each node of {@link TwoNodesIT} runs without Arquillian: the application, the lifecycle
   * fixture with its assertions, and the node's steps ({@link TwoNodesSeed}).
   */
  public static WebArchive twoNodes() {
    return application()
        .addClass(TwoNodesSeed.class)
        .addAsLibraries(
            jarOf(org.junit.jupiter.api.Assertions.class),
            jarOf(org.opentest4j.AssertionFailedError.class));
  }

  private static File war() {
    String war = System.getProperty("virkaprofiili.war");
    if (war == null) {
      throw new IllegalStateException(
          "Run integration tests through Maven: virkaprofiili.war is not set");
    }
    return new File(war);
  }

  private static boolean inContainer(ArchivePath path) {
    String name = path.get();
    if (!name.endsWith(".class")) {
      return true;
    }
    String className = name.replaceFirst("^/", "").replaceFirst("\\.class$", "").replace('/', '.');
    int nested = className.indexOf('$');
    String topLevel = nested < 0 ? className : className.substring(0, nested);
    try {
      Class<?> type = Class.forName(topLevel, false, Deployments.class.getClassLoader());
      return !CLIENT_ONLY.contains(type) && !type.isAnnotationPresent(RunAsClient.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
