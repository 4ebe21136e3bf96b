package fi.virkaprofiili.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The closure notice's deadlines count back from the closing date and never fall due at once. */
class DeadlinesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);

  @Test
  void noticeIsDueAWeekBeforeAFarClosingDate() {
    Instant closing = NOW.plus(Duration.ofDays(30));

    assertThat(Deadlines.aheadOf(NOW, closing, WEEK)).isEqualTo(NOW.plus(Duration.ofDays(23)));
  }

  @Test
  void noticeIsDueHalfwayWhenTheClosingDateIsNearerThanAWeek() {
    Instant closing = NOW.plus(Duration.ofDays(4));

    assertThat(Deadlines.aheadOf(NOW, closing, WEEK))
        .isEqualTo(NOW.plus(Duration.ofDays(2)))
        .isBefore(closing);
  }

  @Test
  void noticeIsDueHalfwayWhenTheClosingDateIsExactlyAWeekAway() {
    Instant closing = NOW.plus(WEEK);

    assertThat(Deadlines.aheadOf(NOW, closing, WEEK)).isEqualTo(NOW.plus(Duration.ofHours(84)));
  }
}
