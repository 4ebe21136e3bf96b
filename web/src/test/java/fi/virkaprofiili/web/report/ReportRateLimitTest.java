package fi.virkaprofiili.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportRateLimitTest {

  private Instant now = Instant.parse("2026-11-22T10:00:00Z");
  private final ReportRateLimit limit =
      new ReportRateLimit(
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void oneAddressReportsAFewTimesAnHourAndOthersAreNotHeldBack() {
    for (int i = 0; i < ReportRateLimit.REPORTS_PER_WINDOW; i++) {
      assertThat(limit.allow("192.0.2.1")).isTrue();
    }

    assertThat(limit.allow("192.0.2.1")).isFalse();
    assertThat(limit.allow("192.0.2.2")).isTrue();
  }

  @Test
  void theLimitLiftsWhenTheHourHasPassed() {
    for (int i = 0; i < ReportRateLimit.REPORTS_PER_WINDOW; i++) {
      limit.allow("192.0.2.1");
    }

    now = now.plus(ReportRateLimit.WINDOW).plus(Duration.ofSeconds(1));

    assertThat(limit.allow("192.0.2.1")).isTrue();
  }
}
