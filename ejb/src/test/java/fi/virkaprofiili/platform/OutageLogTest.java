package fi.virkaprofiili.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutageLogTest {

  private final Logger logger = Logger.getLogger(OutageLog.class.getName());
  private final List<LogRecord> severe = new CopyOnWriteArrayList<>();
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

  private final AtomicLong nanos = new AtomicLong();
  private final OutageLog log = new OutageLog(nanos::get);
  private final SQLException refused = new SQLException("Connection refused", "08001");

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
  }

  @Test
  void anOutageIsLoggedOnceHoweverManyRequestsMeetIt() {
    for (int request = 0; request < 1000; request++) {
      log.note("/registry", refused);
      nanos.addAndGet(Duration.ofMillis(100).toNanos());
    }

    assertThat(severe).hasSize(1);
    assertThat(severe.get(0).getMessage())
        .contains("cannot be reached")
        .contains("Connection refused")
        .contains("/registry")
        .contains("503");
  }

  @Test
  void theContainersRepetitionsAreHeldBackWhileTheOutageLastsAndOnlyThen() {
    LogRecord stackTrace = new LogRecord(Level.WARNING, "");
    stackTrace.setThrown(new RuntimeException(refused));
    LogRecord otherFault = new LogRecord(Level.WARNING, "");
    otherFault.setThrown(new IllegalStateException("a bug"));

    assertThat(log.repeatsTheOutage(stackTrace)).as("before any outage").isFalse();

    log.note("/registry", refused);
    assertThat(log.repeatsTheOutage(stackTrace)).isTrue();
    assertThat(log.repeatsTheOutage(new LogRecord(Level.WARNING, "RAR5114"))).isTrue();
    assertThat(log.repeatsTheOutage(otherFault)).as("another fault still shows").isFalse();

    nanos.addAndGet(OutageLog.QUIET.plusSeconds(1).toNanos());
    assertThat(log.repeatsTheOutage(stackTrace)).as("after the outage").isFalse();
    assertThat(OutageLog.quietedLoggers()).isEqualTo(OutageLog.CONTAINER_LOGGERS.size());
  }

  @Test
  void aFailureAfterAQuietMinuteIsANewOutageThatCountsThePrevious() {
    log.note("/registry", refused);
    log.note("/verify", refused);
    log.note("/api/registry/profiles", refused);
    nanos.addAndGet(OutageLog.QUIET.plusSeconds(1).toNanos());

    log.note("/registry", refused);

    assertThat(severe).hasSize(2);
    assertThat(severe.get(1).getMessage()).contains("2 requests met the previous outage");
  }
}
