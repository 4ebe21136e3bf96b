package fi.virkaprofiili.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.limits.InMemoryCounters;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The report limit counts attempts, per address for citizens and per user when signed in. */
class ReportAttemptsTest {

  private final InMemoryCounters counters =
      new InMemoryCounters(Instant.parse("2026-12-07T10:00:00Z"));
  private final ReportAttempts attempts = new ReportAttempts(counters);

  @Test
  void everyAttemptCountsSoTheEleventhFromOneAddressWaitsForTheWindowToEnd() {
    for (int i = 0; i < ReportAttempts.PER_ADDRESS; i++) {
      assertThat(attempts.attempt("203.0.113.7", null)).as("attempt " + (i + 1)).isZero();
      counters.advance(Duration.ofMinutes(1));
    }

    assertThat(attempts.attempt("203.0.113.7", null)).isEqualTo(Duration.ofMinutes(50));
    assertThat(attempts.attempt("198.51.100.5", null)).as("another address").isZero();
  }

  @Test
  void theWindowEndsByItself() {
    for (int i = 0; i <= ReportAttempts.PER_ADDRESS; i++) {
      attempts.attempt("203.0.113.7", null);
    }
    assertThat(attempts.attempt("203.0.113.7", null)).isPositive();

    counters.advance(ReportAttempts.WINDOW);

    assertThat(attempts.attempt("203.0.113.7", null)).isZero();
  }

  @Test
  void signedInReportsAreLimitedPerUserWhereverTheyComeFrom() {
    for (int i = 0; i < ReportAttempts.PER_USER; i++) {
      assertThat(attempts.attempt("192.0.2." + i, "sanna")).isZero();
    }

    assertThat(attempts.attempt("192.0.2.200", "sanna")).isPositive();
    assertThat(attempts.attempt("192.0.2.200", "tiina")).as("another user").isZero();
    assertThat(attempts.attempt("192.0.2.200", null)).as("a citizen at that address").isZero();
  }

  @Test
  void aRefusedReporterIsToldWhenTheWindowEnds() {
    for (int i = 0; i < 30; i++) {
      attempts.attempt("203.0.113.7", null);
    }
    counters.advance(Duration.ofMinutes(59));

    assertThat(attempts.attempt("203.0.113.7", null)).isEqualTo(Duration.ofMinutes(1));
  }
}
