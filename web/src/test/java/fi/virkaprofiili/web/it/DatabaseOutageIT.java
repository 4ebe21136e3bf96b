package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real database outage on the running server (issue 15, item 4): PostgreSQL throws out the
 * application's connections and takes no new ones, then takes them again. Meanwhile people get "try
 * again shortly" with status 503 in the page's language, on public and portal pages alike, the API
 * answers JSON 503, and readiness is DOWN; afterwards everything serves again without a restart. On
 * PostgreSQL only: the embedded H2 cannot be taken away from a running node.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

  /** How long recovery may take before the test gives up: not a speed bound, a hang guard. */
  private static final Duration RECOVERY_GUARD = Duration.ofMinutes(3);

  @ArquillianResource private URL base;

  @Test
  void duringAnOutageEveryoneIsToldToTryAgainShortlyAndAfterwardsAllServesAgain() throws Exception {
    assumeTrue(
        "postgresql".equals(System.getProperty("it.round")),
        "a real outage needs the PostgreSQL round");
    Map<String, String> seeded = SecuritySeed.seed(base);
    WebClient manager = new WebClient(base);
    manager.signIn(seeded.get("manager"));
    WebClient visitor = new WebClient(base);
    assertThat(ready().statusCode()).as("ready before").isEqualTo(200);

    try (Outage outage = new Outage(System.getProperty("it.postgresql.url"))) {
      outage.begin();

      WebClient.Answer registry = visitor.get("registry?lang=sv&q=" + unseen());
      assertThat(registry.status()).as("public page").isEqualTo(503);
      assertThat(registry.contentType()).startsWith("text/html");
      assertThat(registry.body()).contains("Försök igen om en stund");
      assertThat(registry.headers().firstValue("Retry-After")).isPresent();

      WebClient.Answer verify = visitor.get("verify?lang=fi&address=https://x.com/" + unseen());
      assertThat(verify.status()).as("verification").isEqualTo(503);
      assertThat(verify.body()).contains("Yritä hetken kuluttua uudelleen");

      WebClient.Answer tasks = manager.get("portal/tasks/index.xhtml?lang=en");
      assertThat(tasks.status()).as("portal page").isEqualTo(503);
      assertThat(tasks.body())
          .contains("Try again shortly")
          .doesNotContain("SQLException")
          .doesNotContain("at fi.virkaprofiili");

      WebClient.Answer api = visitor.get("api/registry/profiles?q=" + unseen());
      assertThat(api.status()).as("API").isEqualTo(503);
      assertThat(api.contentType()).startsWith("application/json");
      assertThat(api.body()).contains("\"status\":503").contains("try again shortly");

      HttpResponse<String> down = ready();
      assertThat(down.statusCode()).as("ready during the outage").isEqualTo(503);
      assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("\"database\"");
    }

    awaitReady();
    assertThat(visitor.get("registry?lang=sv&q=" + unseen()).status()).isEqualTo(200);
    assertThat(manager.get("portal/tasks/index.xhtml?lang=en").status()).isEqualTo(200);
    assertThat(visitor.get("api/registry/profiles?q=" + unseen()).status()).isEqualTo(200);
  }

  private static String unseen() {
    // never asked before, so that no cache can answer it
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private void awaitReady() throws Exception {
    long giveUp = System.nanoTime() + RECOVERY_GUARD.toNanos();
    while (ready().statusCode() != 200) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("not ready again after the outage: " + ready().body());
      }
      Thread.sleep(1000);
    }
  }

  private HttpResponse<String> ready() throws Exception {
    URI server = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.resolve("/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The round's database made unreachable for the application: no new connections, and the open
   * ones ended, as when the server goes away. Ended, connections are taken again.
   */
  private static final class Outage implements AutoCloseable {

    private final String database;
    private final Connection admin;
    private boolean begun;

    Outage(String url) throws SQLException {
      int slash = url.lastIndexOf('/');
      int query = url.indexOf('?', slash);
      this.database = url.substring(slash + 1, query < 0 ? url.length() : query);
      this.admin =
          DriverManager.getConnection(
              url.substring(0, slash + 1) + "postgres",
              System.getProperty("it.postgresql.user", "postgres"),
              "");
    }

    void begin() throws SQLException {
      begun = true;
      try (Statement sql = admin.createStatement()) {
        sql.execute("alter database \"" + database + "\" allow_connections false");
        sql.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + database
                + "' and pid <> pg_backend_pid()");
      }
    }

    @Override
    public void close() throws SQLException {
      try (Connection connection = admin;
          Statement sql = connection.createStatement()) {
        if (begun) {
          sql.execute("alter database \"" + database + "\" allow_connections true");
        }
      }
    }
  }
}
