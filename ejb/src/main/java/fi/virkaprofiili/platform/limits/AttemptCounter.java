package fi.virkaprofiili.platform.limits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Attempts counted under one key since {@code firstAt}; forgotten at {@code expiresAt}. */
@Entity
@Table(name = "ATTEMPT_COUNTER")
public class AttemptCounter {

  /** The longest key stored as it is; a longer one is stored as its digest. */
  public static final int KEY_LENGTH = 200;

  @Id
  @Column(name = "COUNTER_KEY", length = KEY_LENGTH)
  private String key;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "FIRST_AT", nullable = false)
  private Instant firstAt;

  @Column(name = "LAST_AT", nullable = false)
  private Instant lastAt;

  @Column(name = "EXPIRES_AT", nullable = false)
  private Instant expiresAt;

  protected AttemptCounter() {}

  AttemptCounter(String key, Instant now) {
    this.key = key;
    restart(now);
  }

  boolean isExpired(Instant now) {
    return !expiresAt.isAfter(now);
  }

  /** Counts one more attempt; a count that had expired starts again from this one. */
  void count(Instant now, Expiry expiry) {
    if (isExpired(now)) {
      restart(now);
    }
    attempts++;
    lastAt = now;
    if (expiry.sliding() || attempts == 1) {
      expiresAt = now.plus(expiry.after());
    }
  }

  private void restart(Instant now) {
    attempts = 0;
    firstAt = now;
    lastAt = now;
    expiresAt = now;
  }

  Count snapshot() {
    return new Count(attempts, firstAt, lastAt, expiresAt);
  }

  public String getKey() {
    return key;
  }
}
