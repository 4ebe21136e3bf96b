package fi.virkaprofiili.platform.limits;

import java.time.Duration;

/**
 * When a count is forgotten: a fixed window after its first attempt, or a quiet while after its
 * latest (so that steady guessing is never forgotten).
 */
public record Expiry(Duration after, boolean sliding) {

  /** Forgotten {@code after} the first attempt counted. */
  public static Expiry window(Duration after) {
    return new Expiry(after, false);
  }

  /** Forgotten {@code after} the latest attempt. */
  public static Expiry quiet(Duration after) {
    return new Expiry(after, true);
  }
}
