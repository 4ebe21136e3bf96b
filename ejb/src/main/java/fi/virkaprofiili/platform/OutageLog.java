package fi.virkaprofiili.platform;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Tells the log of a database outage once, not once per request: during an outage every request
 * fails the same way, and the container's lines for each (the EJB container's stack trace of every
 * failed call, the pool's warnings of every failed allocation) buried the log under 60,000 lines a
 * minute. The first failure after a quiet minute starts an outage and is logged with its cause; the
 * rest are counted, and the count is logged when the next outage starts. While an outage lasts the
 * container's own lines about it are held back ({@link #CONTAINER_LOGGERS}); its lines about
 * anything else pass. Whether the database answers again is logged by the readiness probe ({@code
 * DatabaseProbe}).
 */
public final class OutageLog {

  /** A failure this long after the previous one starts a new outage. */
  static final Duration QUIET = Duration.ofMinutes(1);

  /** Payara's loggers that repeat an outage for every request: EJB calls and the pool. */
  static final List<String> CONTAINER_LOGGERS =
      List.of(
          "jakarta.enterprise.ejb.container",
          "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator",
          "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
          "javax.enterprise.resource.resourceadapter.com.sun.gjc.spi");

  private static final Logger LOG = Logger.getLogger(OutageLog.class.getName());
  private static final OutageLog SHARED = new OutageLog(System::nanoTime);

  /** Held here: java.util.logging keeps loggers only weakly, and with them their filters. */
  private static final List<Logger> QUIETED =
      CONTAINER_LOGGERS.stream().map(OutageLog::quieted).toList();

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

  /** How many container loggers are quiet during outages (they are set up with this class). */
  static int quietedLoggers() {
    return QUIETED.size();
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

  /** Whether an outage was noted within the last quiet minute. */
  synchronized boolean lasts() {
    return seen && nanos.getAsLong() - lastNanos <= QUIET.toNanos();
  }

  /**
   * Whether the container's {@code record} only repeats the outage that lasts: a failure the
   * database's absence caused, or a line of the pool's or of an EJB call's failure without one.
   */
  boolean repeatsTheOutage(LogRecord record) {
    if (!lasts() || record.getLevel().intValue() > Level.WARNING.intValue()) {
      return false;
    }
    Throwable thrown = record.getThrown();
    return thrown == null || DatabaseFailures.isOutage(thrown);
  }

  private static Logger quieted(String name) {
    Logger logger = Logger.getLogger(name);
    Filter before = logger.getFilter();
    logger.setFilter(
        record ->
            !SHARED.repeatsTheOutage(record) && (before == null || before.isLoggable(record)));
    return logger;
  }
}
