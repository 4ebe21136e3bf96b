package fi.virkaprofiili.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.limits.Backoff;
import fi.virkaprofiili.platform.limits.InMemoryCounters;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sign-in throttle's policy, on counters in memory and a clock the test moves. */
class SignInThrottleTest {

  private static final String ATTACKER = "203.0.113.66";
  private static final String OWNER = "198.51.100.5";

  private final InMemoryCounters counters =
      new InMemoryCounters(Instant.parse("2026-12-07T10:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(counters);

  @Test
  void oneWrongPasswordHoldsNothing() {
    throttle.failed("markus", OWNER);

    assertThat(throttle.hold("markus", OWNER, null)).isZero();
  }

  @Test
  void failuresFromOneAddressHoldItLongerEachTimeUpToAQuarterOfAnHour() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user" + i, ATTACKER);
    }
    assertThat(throttle.hold("someone", ATTACKER, null)).isZero();

    throttle.failed("user5", ATTACKER);
    assertThat(throttle.hold("someone", ATTACKER, null)).isEqualTo(Duration.ofSeconds(1));
    throttle.failed("user6", ATTACKER);
    assertThat(throttle.hold("someone", ATTACKER, null)).isEqualTo(Duration.ofSeconds(2));
    throttle.failed("user7", ATTACKER);
    assertThat(throttle.hold("someone", ATTACKER, null)).isEqualTo(Duration.ofSeconds(4));
    for (int i = 0; i < 40; i++) {
      throttle.failed("more" + i, ATTACKER);
    }
    assertThat(throttle.hold("someone", ATTACKER, null)).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.hold("someone", OWNER, null)).as("another address").isZero();
  }

  @Test
  void aHoldEndsByItselfAndFailuresAreForgottenAfterAQuietHour() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("markus", ATTACKER);
    }
    assertThat(throttle.hold("markus", ATTACKER, null)).isEqualTo(Duration.ofSeconds(8));

    counters.advance(Duration.ofSeconds(3));
    assertThat(throttle.hold("markus", ATTACKER, null)).isEqualTo(Duration.ofSeconds(5));
    counters.advance(Duration.ofSeconds(5));
    assertThat(throttle.hold("markus", ATTACKER, null)).isZero();

    counters.advance(Duration.ofHours(1));
    throttle.failed("markus", ATTACKER);
    assertThat(throttle.hold("markus", ATTACKER, null))
        .as("counting starts again from one")
        .isZero();
  }

  @Test
  void guessingOneAccountFromManyAddressesHoldsItForUnknownClientsOnly() {
    String token = throttle.succeeded("markus", null);
    for (int i = 0; i < 13; i++) {
      throttle.failed("markus", "203.0.113." + i);
    }

    assertThat(throttle.hold("markus", "192.0.2.1", null))
        .as("an unknown client")
        .isEqualTo(Duration.ofSeconds(8));
    assertThat(throttle.hold("markus", OWNER, token)).as("the owner's known client").isZero();
    assertThat(throttle.hold("markus", OWNER, "forged-" + token.substring(7)))
        .as("a token never given")
        .isEqualTo(Duration.ofSeconds(8));
    assertThat(throttle.hold("sanna", "192.0.2.1", null)).as("another account").isZero();
  }

  @Test
  void theAccountHoldIsAtMostFiveMinutesSoTheOwnerIsNeverLockedOut() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("admin", "203.0.113." + i);
    }

    assertThat(throttle.hold("admin", "192.0.2.1", null)).isEqualTo(Duration.ofMinutes(5));
    counters.advance(Duration.ofMinutes(5));
    assertThat(throttle.hold("admin", "192.0.2.1", null)).isZero();
  }

  @Test
  void aTokenIsKnownOnlyForTheAccountItSignedInAs() {
    String token = throttle.succeeded("markus", null);

    assertThat(throttle.isKnown("markus", token)).isTrue();
    assertThat(throttle.isKnown("sanna", token)).isFalse();
    assertThat(throttle.succeeded("markus", token)).as("the token is kept").isEqualTo(token);
    assertThat(counters.keys()).noneMatch(key -> key.contains("markus") && key.contains("known"));
  }

  @Test
  void anAdministratorMayLiftAnAccountsHoldEarly() {
    for (int i = 0; i < 12; i++) {
      throttle.failed("markus", "203.0.113." + i);
    }
    assertThat(throttle.hold("markus", "192.0.2.1", null)).isPositive();

    throttle.forget("markus");

    assertThat(throttle.hold("markus", "192.0.2.1", null)).isZero();
  }

  @Test
  void aPersonIsToldWholeSecondsAndAtLeastOne() {
    assertThat(Backoff.seconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(Backoff.seconds(Duration.ofMillis(4001))).isEqualTo(5);
    assertThat(Backoff.seconds(Duration.ofSeconds(8))).isEqualTo(8);
  }

  @Test
  void logLinesStayOneLine() {
    assertThat(SignInThrottle.loggable("mallory\r\nFailed sign-in as 'admin'"))
        .doesNotContain("\n", "\r");
  }
}
