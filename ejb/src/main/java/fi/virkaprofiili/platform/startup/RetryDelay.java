package fi.virkaprofiili.platform.startup;

import java.time.Duration;

/**
 * How long start-up waits before its next try: {@code first}, then twice as long after each failed
 * try, never longer than {@code longest}, so that a database back after a minute is seen soon and
 * one away for hours is not asked every second.
 */
record RetryDelay(Duration first, Duration longest) {

  static final RetryDelay STARTUP = new RetryDelay(Duration.ofSeconds(2), Duration.ofSeconds(60));

  RetryDelay {
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("A delay grows from a positive first to a longest");
    }
  }

  /** The wait after the {@code failures}-th failed try in a row (1 for the first). */
  Duration after(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("No failure, no wait");
    }
    int doublings = Math.min(failures - 1, 30);
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(longest) > 0 ? longest : delay;
  }
}
