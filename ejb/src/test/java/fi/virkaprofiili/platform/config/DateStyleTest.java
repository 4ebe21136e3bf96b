package fi.virkaprofiili.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One date style per language, in the organisation's zone (issue 13, defect 12). */
class DateStyleTest {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final Locale FI = Locale.forLanguageTag("fi");
  static final Locale SV = Locale.forLanguageTag("sv");
  static final Locale EN = Locale.ENGLISH;
  // 21.48 in Helsinki (UTC+2 in December)
  static final Instant EVENING = Instant.parse("2026-12-06T19:48:00Z");
  static final LocalDate SAINT_NICHOLAS = LocalDate.of(2026, 12, 6);

  @Test
  void finnishMomentAndDay() {
    assertThat(DateStyle.dateTime(EVENING, FI, HELSINKI)).isEqualTo("6.12.2026 klo 21.48");
    assertThat(DateStyle.day(SAINT_NICHOLAS, FI)).isEqualTo("6.12.2026");
    assertThat(DateStyle.day(EVENING, FI, HELSINKI)).isEqualTo("6.12.2026");
  }

  @Test
  void swedishMomentAndDay() {
    assertThat(DateStyle.dateTime(EVENING, SV, HELSINKI)).isEqualTo("6.12.2026 kl. 21.48");
    assertThat(DateStyle.day(SAINT_NICHOLAS, SV)).isEqualTo("6.12.2026");
  }

  @Test
  void englishMomentAndDay() {
    assertThat(DateStyle.dateTime(EVENING, EN, HELSINKI)).isEqualTo("6 Dec 2026, 21:48");
    assertThat(DateStyle.day(SAINT_NICHOLAS, EN)).isEqualTo("6 Dec 2026");
    assertThat(DateStyle.day(LocalDate.of(2026, 9, 1), Locale.UK)).isEqualTo("1 Sep 2026");
  }

  @Test
  void theMomentIsReadOnTheOrganisationsClockNotUtc() {
    Instant justAfterMidnightInHelsinki = Instant.parse("2026-12-06T22:05:00Z");

    assertThat(DateStyle.dateTime(justAfterMidnightInHelsinki, FI, HELSINKI))
        .isEqualTo("7.12.2026 klo 0.05");
    assertThat(DateStyle.dateTime(justAfterMidnightInHelsinki, EN, HELSINKI))
        .isEqualTo("7 Dec 2026, 00:05");
  }

  @Test
  void nothingIsWrittenForNoDate() {
    assertThat(DateStyle.day((LocalDate) null, FI)).isEmpty();
    assertThat(DateStyle.dateTime(null, SV, HELSINKI)).isEmpty();
  }

  @Test
  void aTypedDayIsReadInEachLanguagesStyleAndAsIso() {
    assertThat(DateStyle.parseDay("6.12.2026")).contains(SAINT_NICHOLAS);
    assertThat(DateStyle.parseDay(" 06.12.2026 ")).contains(SAINT_NICHOLAS);
    assertThat(DateStyle.parseDay("6 Dec 2026")).contains(SAINT_NICHOLAS);
    assertThat(DateStyle.parseDay("6 december 2026")).contains(SAINT_NICHOLAS);
    assertThat(DateStyle.parseDay("2026-12-06")).contains(SAINT_NICHOLAS);
  }

  @Test
  void whatIsNoDayIsRefused() {
    assertThat(DateStyle.parseDay("31.2.2026")).isEmpty();
    assertThat(DateStyle.parseDay("12/6/26")).isEmpty();
    assertThat(DateStyle.parseDay("tomorrow")).isEmpty();
    assertThat(DateStyle.parseDay("")).isEmpty();
  }

  @Test
  void eachLanguageShowsThePatternItWrites() {
    assertThat(DateStyle.inputPattern(FI)).isEqualTo("d.M.yyyy");
    assertThat(DateStyle.inputPattern(SV)).isEqualTo("d.M.yyyy");
    assertThat(DateStyle.inputPattern(EN)).isEqualTo("d MMM yyyy");
  }
}
