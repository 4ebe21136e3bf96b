package fi.virkaprofiili.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.database.IncompatibleSchemaException;
import fi.virkaprofiili.platform.health.StartupProgress;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StartupAttemptsTest {

  private final StartupProgress progress = new StartupProgress();
  private final List<Duration> waits = new ArrayList<>();
  private final List<LogRecord> severe = new CopyOnWriteArrayList<>();
  private final Logger logger = Logger.getLogger(StartupSequence.class.getName());
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            severe.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
  }

  @Test
  void waitsForADatabaseThatIsNotUpYetAndStartsWhenItIs() throws Exception {
    int port = freePort();
    String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:startup-attempts";
    JdbcDataSource database = new JdbcDataSource();
    database.setURL(url);
    database.setUser("sa");
    StartupAttempts attempts = attempts(() -> startAgainst(database), url);

    assertThat(attempts.attempt()).isFalse();
    assertThat(attempts.attempt()).isFalse();
    assertThat(attempts.attempt()).isFalse();

    assertThat(waits)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    assertThat(progress.isReady()).isFalse();
    assertThat(progress.isStopped()).isFalse();
    assertThat(progress.reason().orElseThrow()).contains(url).contains("does not answer");
    assertThat(severe).as("one line for the kind, not one per try").hasSize(1);
    assertThat(severe.get(0).getMessage())
        .startsWith("Start-up waits: The database at " + url)
        .contains("Trying again in 2 s");

    Server server = Server.createTcpServer("-tcpPort", "" + port, "-ifNotExists").start();
    try {
      assertThat(attempts.attempt()).isTrue();
    } finally {
      server.stop();
    }
    assertThat(progress.isReady()).isTrue();
    assertThat(progress.reason()).isEmpty();
    assertThat(waits).hasSize(3);
  }

  @Test
  void aSchemaOfAnotherVersionStopsWithoutAnotherTry() {
    StartupAttempts attempts =
        attempts(
            () -> {
              throw new IncompatibleSchemaException("The database holds a Camunda 7.23.0 schema");
            },
            "jdbc:h2:mem:x");

    assertThat(attempts.attempt()).isFalse();

    assertThat(waits).isEmpty();
    assertThat(progress.isStopped()).isTrue();
    assertThat(progress.reason()).contains("The database holds a Camunda 7.23.0 schema");
    assertThat(severe)
        .singleElement()
        .extracting(LogRecord::getMessage)
        .asString()
        .startsWith("Start-up stopped: The database holds a Camunda 7.23.0 schema");
  }

  private StartupAttempts attempts(Runnable start, String url) {
    return new StartupAttempts(start, waits::add, progress, url, "sa", RetryDelay.STARTUP);
  }

  /** What start-up needs of the database here: a connection; then it reports what it did. */
  private void startAgainst(JdbcDataSource database) {
    try (Connection connection = database.getConnection()) {
      progress.schemaMigrated();
      progress.engineRunning(true);
      progress.identityReady();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
