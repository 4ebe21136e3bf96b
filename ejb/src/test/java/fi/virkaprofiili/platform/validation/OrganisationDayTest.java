package fi.virkaprofiili.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.OrganisationTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * "Today" in a proposal's dates is the organisation's: at 22:30 UTC it is already the next day in
 * Helsinki, and the dates are judged on that day.
 */
class OrganisationDayTest {

  /** 1:30 on 11 June in Helsinki, still 10 June in UTC. */
  private static final OrganisationTime AFTER_MIDNIGHT_IN_HELSINKI =
      new OrganisationTime(
          Clock.fixed(Instant.parse("2026-06-10T22:30:00Z"), ZoneOffset.UTC),
          ZoneId.of("Europe/Helsinki"));

  private static final LocalDate HELSINKI_TODAY = LocalDate.of(2026, 6, 11);

  private final AfterToday.Validator afterToday =
      new AfterToday.Validator(AFTER_MIDNIGHT_IN_HELSINKI);
  private final NotAfterToday.Validator notAfterToday =
      new NotAfterToday.Validator(AFTER_MIDNIGHT_IN_HELSINKI);

  @Test
  void aCampaignEndingTodayInHelsinkiHasNoFutureThoughItIsTomorrowInUtc() {
    assertThat(afterToday.isValid(HELSINKI_TODAY, null)).isFalse();
    assertThat(afterToday.isValid(HELSINKI_TODAY.plusDays(1), null)).isTrue();
    assertThat(afterToday.isValid(null, null)).as("not given: another rule's to say").isTrue();
  }

  @Test
  void termsCheckedTodayInHelsinkiAreNotInTheFutureThoughItIsTomorrowInUtc() {
    assertThat(notAfterToday.isValid(HELSINKI_TODAY, null)).isTrue();
    assertThat(notAfterToday.isValid(HELSINKI_TODAY.minusDays(30), null)).isTrue();
    assertThat(notAfterToday.isValid(HELSINKI_TODAY.plusDays(1), null)).isFalse();
    assertThat(notAfterToday.isValid(null, null)).isTrue();
  }
}
