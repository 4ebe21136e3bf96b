package fi.virkaprofiili.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most a few public reports an hour from one network address. */
@ApplicationScoped
public class ReportRateLimit {

  static final int REPORTS_PER_WINDOW = 5;
  static final Duration WINDOW = Duration.ofHours(1);

  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
  private final Clock clock;

  public ReportRateLimit() {
    this(Clock.systemUTC());
  }

  ReportRateLimit(Clock clock) {
    this.clock = clock;
  }

  /** Counts the report if this address may still report now. */
  public boolean allow(String address) {
    Instant now = clock.instant();
    forgetOlderThan(now.minus(WINDOW));
    Deque<Instant> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
    synchronized (times) {
      if (times.size() >= REPORTS_PER_WINDOW) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  private void forgetOlderThan(Instant limit) {
    for (Iterator<Map.Entry<String, Deque<Instant>>> entries = recent.entrySet().iterator();
        entries.hasNext(); ) {
      Deque<Instant> times = entries.next().getValue();
      synchronized (times) {
        while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
          times.removeFirst();
        }
        if (times.isEmpty()) {
          entries.remove();
        }
      }
    }
  }
}
