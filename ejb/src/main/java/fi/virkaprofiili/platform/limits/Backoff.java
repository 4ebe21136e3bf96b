package fi.virkaprofiili.platform.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * An exponential hold after failures: the first {@code free} failures cost nothing, the next one
 * holds the following try for {@code first}, each further one twice as long, never longer than
 * {@code longest}. The hold runs from the latest failure, so it ends by itself.
 */
public record Backoff(int free, Duration first, Duration longest) {

  /** How long from {@code now} the next try must wait; zero if it need not. */
  public Duration holdAfter(Count failures, Instant now) {
    int over = failures.attempts() - free;
    if (over <= 0 || !failures.expiresAt().isAfter(now)) {
      return Duration.ZERO;
    }
    Duration delay = over > 30 ? longest : first.multipliedBy(1L << (over - 1));
    if (delay.compareTo(longest) > 0) {
      delay = longest;
    }
    Instant until = failures.lastAt().plus(delay);
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  /** A hold in whole seconds, at least one: what a person is told to wait. */
  public static long seconds(Duration hold) {
    long seconds = hold.getSeconds() + (hold.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
