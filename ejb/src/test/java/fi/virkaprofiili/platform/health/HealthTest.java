package fi.virkaprofiili.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.OrganisationTime;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * Readiness says whether a load balancer may send people here now; liveness only whether the JVM
 * should be restarted. A database outage is the first, never the second.
 */
class HealthTest {

  private final AtomicBoolean databaseAway = new AtomicBoolean();
  private final DataSource database = dataSource(databaseAway);

  @Test
  void notReadyWhileTheDatabaseIsAwayAndReadyWhenItAnswers() {
    StartupProgress started = started();
    DatabaseProbe probe = new DatabaseProbe(database, new OrganisationTime());

    assertThat(ApplicationReadiness.answer(started, probe.problem()).getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);

    databaseAway.set(true);
    HealthCheckResponse during = ApplicationReadiness.answer(started, probe.problem());
    assertThat(during.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(during.getData().orElseThrow().get("database").toString())
        .contains("Connection refused");

    databaseAway.set(false);
    assertThat(ApplicationReadiness.answer(started, probe.problem()).getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void notReadyUntilStartUpHasFinished() {
    StartupProgress starting = new StartupProgress();
    starting.schemaMigrated();
    HealthCheckResponse answer = ApplicationReadiness.answer(starting, Optional.empty());
    assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(answer.getData().orElseThrow()).containsEntry("engineRunning", false);
  }

  @Test
  void whileStartUpWaitsOrStoppedReadinessSaysWhy() {
    StartupProgress starting = new StartupProgress();
    starting.waiting("The database at jdbc:postgresql://db/x does not answer");
    HealthCheckResponse waiting = ApplicationReadiness.answer(starting, Optional.empty());
    assertThat(waiting.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(waiting.getData().orElseThrow())
        .containsEntry("waiting", "The database at jdbc:postgresql://db/x does not answer");

    starting.stopped("The database holds a Camunda 7.23.0 schema");
    HealthCheckResponse stopped = ApplicationReadiness.answer(starting, Optional.empty());
    assertThat(stopped.getData().orElseThrow())
        .containsEntry("stopped", "The database holds a Camunda 7.23.0 schema")
        .doesNotContainKey("waiting");
  }

  @Test
  void anOutageIsToldOnceWhenItBeginsAndOnceWhenItEnds() {
    DatabaseProbe probe =
        new DatabaseProbe(
            database,
            new OrganisationTime(
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC),
                ZoneOffset.UTC));
    java.util.List<String> lines = new java.util.ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord line) {
            lines.add(line.getLevel() + " " + line.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(DatabaseProbe.class.getName());
    log.addHandler(handler);
    try {
      databaseAway.set(true);
      for (int probes = 0; probes < 20; probes++) {
        probe.problem();
      }
      databaseAway.set(false);
      probe.problem();
      probe.problem();
    } finally {
      log.removeHandler(handler);
    }
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("SEVERE").contains("does not answer");
    assertThat(lines.get(1)).startsWith("INFO").contains("answers again");
  }

  @Test
  void aLiveJvmIsLiveWhateverTheDatabaseDoes() {
    databaseAway.set(true);
    HealthCheckResponse answer = ApplicationLiveness.answer(ManagementFactory.getThreadMXBean());
    assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(answer.getData().orElseThrow()).containsEntry("deadlockedThreads", 0L);
  }

  @Test
  void deadlockedThreadsMakeLivenessDownAndAreNamedInTheLogOnce() throws Exception {
    SeenDuringCycle seen = livenessDuringACycle("stuck", null);

    assertThat(seen.answer().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(seen.answer().getData().orElseThrow()).containsEntry("deadlockedThreads", 2L);
    assertThat(seen.logged())
        .as("once, naming both threads and what they wait for")
        .singleElement()
        .asString()
        .contains("2 threads are deadlocked", "\"stuck-one\"", "\"stuck-two\"")
        .contains("ReentrantLock");
  }

  @Test
  void aLockCycleInWhichOneThreadWaitsWithATimeOutLeavesLivenessUpAndIsLoggedOnce()
      throws Exception {
    // As a connection pool or a driver waits for a lock: with a time-out, after which it gives up
    // and the cycle breaks (here the test ends it sooner, by interrupting).
    SeenDuringCycle seen = livenessDuringACycle("waiting", Duration.ofMinutes(5));

    assertThat(seen.reportedByTheJvm()).as("what the JVM calls a deadlock").isEqualTo(2);
    assertThat(seen.answer().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(seen.answer().getData().orElseThrow()).containsEntry("deadlockedThreads", 0L);
    assertThat(seen.logged())
        .as("once, naming both threads and saying the cycle breaks by itself")
        .singleElement()
        .asString()
        .contains("2 threads wait for each other's locks", "breaks by itself")
        .contains("\"waiting-one\"", "\"waiting-two\"");
  }

  /** Liveness's answer (asked twice) and its log while two threads wait for each other's lock. */
  private record SeenDuringCycle(
      HealthCheckResponse answer, List<String> logged, int reportedByTheJvm) {}

  /**
   * Two threads named {@code name-one} and {@code name-two} each take a lock and then wait for the
   * other's; the second waits at most {@code timeOut} if one is given. Ends them before returning.
   */
  private static SeenDuringCycle livenessDuringACycle(String name, Duration timeOut)
      throws Exception {
    ReentrantLock first = new ReentrantLock();
    ReentrantLock second = new ReentrantLock();
    CountDownLatch bothHold = new CountDownLatch(2);
    Thread one = holdingThenWaiting(name + "-one", first, second, bothHold, null);
    Thread two = holdingThenWaiting(name + "-two", second, first, bothHold, timeOut);
    List<String> logged = new ArrayList<>();
    Logger log = Logger.getLogger(ApplicationLiveness.class.getName());
    Handler handler = collecting(logged);
    log.addHandler(handler);
    try {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      while (threads.findDeadlockedThreads() == null) {
        Thread.sleep(10);
      }
      HealthCheckResponse answer = ApplicationLiveness.answer(threads);
      ApplicationLiveness.answer(threads);
      return new SeenDuringCycle(answer, logged, threads.findDeadlockedThreads().length);
    } finally {
      log.removeHandler(handler);
      one.interrupt();
      two.interrupt();
      one.join();
      two.join();
    }
  }

  private static Handler collecting(List<String> logged) {
    return new Handler() {
      @Override
      public void publish(LogRecord logRecord) {
        logged.add(logRecord.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /**
   * A thread that takes one lock and then, once the other thread holds its own, waits for it: at
   * most {@code timeOut} if one is given.
   */
  private static Thread holdingThenWaiting(
      String name,
      ReentrantLock held,
      ReentrantLock wanted,
      CountDownLatch bothHold,
      Duration timeOut) {
    Thread thread =
        new Thread(
            () -> {
              held.lock();
              try {
                bothHold.countDown();
                bothHold.await();
                if (timeOut == null) {
                  wanted.lockInterruptibly();
                  wanted.unlock();
                } else if (wanted.tryLock(timeOut.toMillis(), TimeUnit.MILLISECONDS)) {
                  wanted.unlock();
                }
              } catch (InterruptedException released) {
                Thread.currentThread().interrupt();
              } finally {
                held.unlock();
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static StartupProgress started() {
    StartupProgress progress = new StartupProgress();
    progress.schemaMigrated();
    progress.engineRunning(true);
    progress.identityReady();
    return progress;
  }

  /** A database that answers, or refuses connections while {@code away} is set. */
  private static DataSource dataSource(AtomicBoolean away) {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                HealthTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isValid" -> true;
                      case "close" -> null;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (DataSource)
        Proxy.newProxyInstance(
            HealthTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              if (away.get()) {
                throw new SQLException("Connection refused", "08001");
              }
              return connection;
            });
  }
}
