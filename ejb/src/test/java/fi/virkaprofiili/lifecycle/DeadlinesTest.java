package fi.virkaprofiili.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The closure notice's deadlines count back from the closing date and never fall due at once; the
 * review interval counts on the organisation's calendar.
 */
class DeadlinesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

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

  @Test
  void aReviewSetLateOnAWinterEveningFallsDueOnTheSameDaySixMonthsLater() {
    // 23:30 in Helsinki in December is 21:30 UTC; six months of UTC would end at 00:30 on 8 June
    ZonedDateTime evening = ZonedDateTime.of(2026, 12, 7, 23, 30, 0, 0, HELSINKI);

    assertThat(Deadlines.after(evening, "P6M"))
        .isEqualTo(ZonedDateTime.of(2027, 6, 7, 23, 30, 0, 0, HELSINKI));
  }

  @Test
  void aReviewSetJustAfterMidnightInSummerFallsDueOnTheSameDayInWinter() {
    ZonedDateTime night = ZonedDateTime.of(2027, 6, 8, 0, 30, 0, 0, HELSINKI);

    assertThat(Deadlines.after(night, "P6M").toLocalDate())
        .isEqualTo(night.toLocalDate().plusMonths(6));
  }

  @Test
  void theEndOfAMonthStaysInsideTheMonthThatFollows() {
    ZonedDateTime endOfAugust = ZonedDateTime.of(2026, 8, 31, 12, 0, 0, 0, HELSINKI);

    assertThat(Deadlines.after(endOfAugust, "P3M").toLocalDate()).hasToString("2026-11-30");
  }

  @Test
  void timePartsCountAsElapsedTimeAndDatePartsAsCalendarDays() {
    ZonedDateTime morning = ZonedDateTime.of(2027, 3, 27, 9, 0, 0, 0, HELSINKI);

    assertThat(Deadlines.after(morning, "P1DT2H"))
        .isEqualTo(ZonedDateTime.of(2027, 3, 28, 11, 0, 0, 0, HELSINKI));
    // summer time begins at 03:00 on 28 March: 24 hours after 09:00 is 10:00 by the wall clock
    assertThat(Deadlines.after(morning, "PT24H"))
        .isEqualTo(ZonedDateTime.of(2027, 3, 28, 10, 0, 0, 0, HELSINKI));
    assertThat(Deadlines.after(morning, "P2W").toLocalDate()).hasToString("2027-04-10");
  }
}
