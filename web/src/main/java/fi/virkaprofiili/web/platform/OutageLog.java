package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.DatabaseFailures;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the log of a database outage once, not once per request: during an outage every request
 * fails the same way, and a line for each buried the log under 60,000 lines a minute. The first
 * failure after a quiet minute starts an outage and is logged with its cause; the rest are counted,
 * and the count is logged when the next outage starts. Whether the database answers again is logged
 * by the readiness probe ({@code DatabaseProbe}).
 */
public final class OutageLog {

  /** A failure this long after the previous one starts a new outage. */
  static final Duration QUIET = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(OutageLog.class.getName());
  private static final OutageLog SHARED = new OutageLog(System::nanoTime);

  private final LongSupplier nanos;
  private boolean seen;
  private long lastNanos;
  private int unlogged;

  OutageLog(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /** Notes that a request to {@code where} met an outage: {@code failure}. */
  public static void noted(String where, Throwable failure) {
    SHARED.note(where, failure);
  }

  synchronized void note(String where, Throwable failure) {
    long now = nanos.getAsLong();
    boolean starts = !seen || now - lastNanos > QUIET.toNanos();
    seen = true;
    lastNanos = now;
    if (!starts) {
      unlogged++;
      LOG.log(Level.FINE, "Database outage: {0} answered 503", where);
      return;
    }
    int before = unlogged;
    unlogged = 0;
    LOG.severe(
        () ->
            "The database cannot be reached ("
                + DatabaseFailures.describe(failure)
                + ", first at "
                + where
                + "): requests are answered 503 \"try again shortly\" until it can; further"
                + " failures are not logged one by one"
                + (before > 0 ? " (" + before + " requests met the previous outage)." : "."));
  }
}
