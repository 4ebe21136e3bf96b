package fi.virkaprofiili.platform.mail;

import fi.virkaprofiili.platform.config.Settings;
import java.time.Duration;

/**
 * How often and how long an e-mail is tried: after the n-th failed attempt it waits {@code first}
 * times 2^(n-1), never longer than {@code longest}; after {@code maxAttempts} it is given up on. A
 * node holds the messages it claimed for {@code claimTime}; a node that dies holding them has them
 * taken over by another after that.
 */
public record DeliveryPolicy(
    int maxAttempts, Duration first, Duration longest, Duration claimTime, int batchSize) {

  public DeliveryPolicy {
    if (maxAttempts < 1 || first.isNegative() || longest.compareTo(first) < 0 || batchSize < 1) {
      throw new IllegalArgumentException(
          "Mail delivery needs at least one attempt and a longest wait not below the first");
    }
  }

  /**
   * 1, 2, 4 … minutes up to an hour, 12 attempts (about seven hours); a claim holds 5 minutes; each
   * as the settings say otherwise.
   */
  public static DeliveryPolicy fromSettings() {
    return new DeliveryPolicy(
        Settings.number(Settings.MAIL_MAX_ATTEMPTS, 12),
        Duration.parse(Settings.value(Settings.MAIL_RETRY_FIRST, "PT1M")),
        Duration.parse(Settings.value(Settings.MAIL_RETRY_LONGEST, "PT1H")),
        Duration.parse(Settings.value(Settings.MAIL_CLAIM_TIME, "PT5M")),
        20);
  }

  /** How long to wait after the {@code attempts}-th failed attempt. */
  public Duration delayAfter(int attempts) {
    int doublings = Math.max(0, attempts - 1);
    if (doublings >= 30) {
      return longest;
    }
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(longest) > 0 ? longest : delay;
  }
}
