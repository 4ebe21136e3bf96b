package fi.virkaprofiili.web.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * One kind of thing {@link RegistryCache} keeps, by key, each with the profile version it was
 * worked out at, within a bound of entries and of bytes. Reading takes no lock: reads are what the
 * public does most. Keeping takes one, so that the count of bytes is exact: a replaced entry gives
 * its bytes back.
 *
 * <p>Past either bound everything on the shelf is forgotten at once and the new entry kept: cheaper
 * than ordering entries by use on every read, and a shelf refills within seconds of load. The first
 * entry kept at a newer version also forgets everything older, so that what a written profile made
 * old does not hold memory until the bound is reached.
 */
final class Shelf<V> {

  private record Kept<V>(long version, Instant keptAt, V value, long bytes) {}

  private final int maxEntries;
  private final long maxBytes;
  private final Duration maxAge;
  private final ToLongFunction<V> bytesOf;
  private final Clock clock;
  private final Map<String, Kept<V>> kept = new ConcurrentHashMap<>();

  private long bytes; // guarded by this
  private long newest = Long.MIN_VALUE; // guarded by this

  /**
   * @param maxAge how long an entry serves at most whatever the version; null for no limit
   * @param bytesOf the size an entry counts for against {@code maxBytes}
   */
  Shelf(int maxEntries, long maxBytes, Duration maxAge, ToLongFunction<V> bytesOf, Clock clock) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException(
          "A shelf holds something: " + maxEntries + ", " + maxBytes);
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.maxAge = maxAge;
    this.bytesOf = bytesOf;
    this.clock = clock;
  }

  /** What is kept under the key if it was worked out at this version and is young enough. */
  V get(String key, long version) {
    Kept<V> entry = kept.get(key);
    if (entry == null || entry.version() != version) {
      return null;
    }
    if (maxAge != null && !entry.keptAt().plus(maxAge).isAfter(clock.instant())) {
      return null;
    }
    return entry.value();
  }

  /** Keeps the value worked out at this version, unless something newer is already known. */
  synchronized void put(String key, long version, V value) {
    if (version < newest) {
      // Worked out before a profile was written: old before it is kept.
      return;
    }
    if (version > newest) {
      clear();
      newest = version;
    }
    long size = bytesOf.applyAsLong(value);
    remove(key);
    if (size > maxBytes) {
      return;
    }
    if (kept.size() >= maxEntries || bytes + size > maxBytes) {
      clear();
    }
    kept.put(key, new Kept<>(version, clock.instant(), value, size));
    bytes += size;
  }

  synchronized void remove(String key) {
    Kept<V> old = kept.remove(key);
    if (old != null) {
      bytes -= old.bytes();
    }
  }

  private void clear() {
    kept.clear();
    bytes = 0;
  }

  synchronized long bytes() {
    return bytes;
  }

  int size() {
    return kept.size();
  }
}
