package fi.virkaprofiili.profile.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The version other nodes' writes move through the database, as one node sees it. */
class ProfileChangesTest {

  private static final long SECOND = ProfileChanges.CHECK_INTERVAL.toNanos();

  private final AtomicReference<Object> database = new AtomicReference<>("profiles as they are");
  private final AtomicInteger looks = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong(42);
  private final ProfileChanges changes =
      new ProfileChanges(
          () -> {
            looks.incrementAndGet();
            Object now = database.get();
            if (now instanceof RuntimeException failure) {
              throw failure;
            }
            return now;
          },
          nanos::get);

  @Test
  void anotherNodesWriteMovesTheVersionAtTheNextLook() {
    long before = changes.version();

    database.set("a profile written on another node");
    long sameSecond = changes.version();
    nanos.addAndGet(SECOND);
    long nextSecond = changes.version();

    assertThat(sameSecond).isEqualTo(before);
    assertThat(nextSecond).isGreaterThan(before);
  }

  @Test
  void theDatabaseIsReadAtMostOnceAnIntervalHoweverOftenTheVersionIsAsked() {
    for (int i = 0; i < 1000; i++) {
      changes.version();
    }
    nanos.addAndGet(SECOND - 1);
    changes.version();
    nanos.addAndGet(1);
    changes.version();

    assertThat(looks).hasValue(2);
  }

  @Test
  void nothingWrittenAnywhereKeepsTheVersion() {
    long first = changes.version();
    nanos.addAndGet(5 * SECOND);

    assertThat(changes.version()).isEqualTo(first);
  }

  @Test
  void thisNodesOwnWriteMovesTheVersionAtOnce() {
    long before = changes.version();

    changes.written();

    assertThat(changes.version()).isGreaterThan(before);
  }

  @Test
  void aFailedLookTrustsNothingKeptAndTheNextGoodLookCountsAsAChange() {
    long before = changes.version();
    database.set(new IllegalStateException("database away"));
    nanos.addAndGet(SECOND);
    long failed = changes.version();
    database.set("profiles as they are");
    nanos.addAndGet(SECOND);
    long back = changes.version();

    assertThat(failed).isGreaterThan(before);
    assertThat(back).isGreaterThan(failed);
  }
}
