package fi.virkaprofiili.platform.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The counters in memory, with a clock the test moves: the same counting as in the database. */
public class InMemoryCounters implements Counters {

  private final Map<String, AttemptCounter> counters = new HashMap<>();
  private Instant now;

  public InMemoryCounters(Instant start) {
    this.now = start;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public Count count(String key, Expiry expiry) {
    AttemptCounter counter =
        counters.computeIfAbsent(AttemptCounters.stored(key), k -> new AttemptCounter(k, now));
    counter.count(now, expiry);
    return counter.snapshot();
  }

  @Override
  public Count current(String key) {
    AttemptCounter counter = counters.get(AttemptCounters.stored(key));
    return counter == null || counter.isExpired(now) ? Count.none(now) : counter.snapshot();
  }

  @Override
  public void forget(String key) {
    counters.remove(AttemptCounters.stored(key));
  }

  /** The keys stored, expired or not. */
  public java.util.Set<String> keys() {
    return counters.keySet();
  }
}
