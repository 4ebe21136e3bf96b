package fi.virkaprofiili.closure.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The decision page offers the earliest closing date and the decision checks it, both from the
 * organisation's today: at 23:30 and at 00:30 in Helsinki the day offered is the day accepted.
 */
class ClosingNoticeTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final int NOTICE_DAYS = 14;

  @Test
  void halfPastElevenInHelsinkiCountsFromThatDay() {
    ClosingNotice notice = noticeAt("2026-12-06T21:30:00Z");

    assertThat(notice.earliestClosingDate()).isEqualTo(LocalDate.of(2026, 12, 20));
    notice.require(notice.earliestClosingDate());
    assertThatThrownBy(() -> notice.require(LocalDate.of(2026, 12, 19)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void halfPastMidnightInHelsinkiCountsFromTheNewDayThoughUtcIsStillOnTheOld() {
    ClosingNotice notice = noticeAt("2026-12-06T22:30:00Z");

    assertThat(notice.earliestClosingDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    notice.require(notice.earliestClosingDate());
    LocalDate countedFromUtc = LocalDate.of(2026, 12, 6).plusDays(NOTICE_DAYS);
    assertThatThrownBy(() -> notice.require(countedFromUtc))
        .as("a page counting from the UTC day would offer a day the decision refuses")
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aRefusalNamesTheMinimumNoticeAndTheEarliestDayAllowed() {
    ClosingNotice notice = noticeAt("2026-12-06T10:00:00Z");

    assertThatThrownBy(() -> notice.require(LocalDate.of(2026, 12, 10)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refusal ->
                assertThat(refusal.messageArguments())
                    .containsExactly(NOTICE_DAYS, LocalDate.of(2026, 12, 20)));
  }

  private static ClosingNotice noticeAt(String moment) {
    OrganisationTime time =
        new OrganisationTime(Clock.fixed(Instant.parse(moment), ZoneId.of("UTC")), HELSINKI);
    return new ClosingNotice(time.today(), NOTICE_DAYS);
  }
}
