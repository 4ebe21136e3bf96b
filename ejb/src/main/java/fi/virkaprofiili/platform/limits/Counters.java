package fi.virkaprofiili.platform.limits;

import java.time.Instant;
import java.util.List;

/** Where attempts are counted: the database in the application, memory in unit tests. */
public interface Counters {

  /** The time the counters go by. */
  Instant now();

  /** Counts one attempt under the key and answers the count with it. */
  Count count(String key, Expiry expiry);

  /** What is counted under the key now; no attempts if nothing is, or the count expired. */
  Count current(String key);

  /**
   * What is counted under each key now, in the keys' order: {@link #current(String)} of each, which
   * the database answers in one query.
   */
  default List<Count> current(List<String> keys) {
    return keys.stream().map(this::current).toList();
  }

  /** Forgets what is counted under the key, before it expires by itself. */
  void forget(String key);
}
