package fi.virkaprofiili.platform.limits;

import java.time.Instant;

/**
 * What a counter held when it was read: {@code attempts} since {@code firstAt}, the latest at
 * {@code lastAt}, all forgotten at {@code expiresAt}.
 */
public record Count(int attempts, Instant firstAt, Instant lastAt, Instant expiresAt) {

  /** No attempts at all. */
  public static Count none(Instant now) {
    return new Count(0, now, now, now);
  }
}
