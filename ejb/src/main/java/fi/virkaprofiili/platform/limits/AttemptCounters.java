package fi.virkaprofiili.platform.limits;

import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The counters in the database, so that every node counts the same attempts. A counter is read and
 * changed under a row lock: two nodes counting the same key at once both count, a new key too
 * ({@link CounterRows}). Reading a counter needs no transaction: outside one it reads in
 * auto-commit, as the sign-in throttle does before every password check.
 */
@Stateless
@LocalBean
public class AttemptCounters implements Counters {

  private static final Logger LOG = Logger.getLogger(AttemptCounters.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private OrganisationTime time;

  @Inject private CounterRows rows;

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Instant now() {
    return time.now();
  }

  /** Counts one attempt under the key and answers the count with it. */
  @Override
  public Count count(String key, Expiry expiry) {
    Instant now = now();
    String stored = stored(key);
    AttemptCounter counter = em.find(AttemptCounter.class, stored, LockModeType.PESSIMISTIC_WRITE);
    // A new row is empty and expired at once, so the pruning of another node may take it again.
    for (int tries = 0; counter == null && tries < 3; tries++) {
      try {
        rows.create(stored, now);
      } catch (EJBException | PersistenceException insertedMeanwhile) {
        LOG.fine(() -> "Counter " + stored + " was created by another request meanwhile");
      }
      counter = em.find(AttemptCounter.class, stored, LockModeType.PESSIMISTIC_WRITE);
    }
    if (counter == null) {
      throw new IllegalStateException("No counter row for " + stored + " after creating it");
    }
    counter.count(now, expiry);
    return counter.snapshot();
  }

  /** What is counted under the key now; no attempts if nothing is, or the count expired. */
  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Count current(String key) {
    Instant now = now();
    AttemptCounter counter = em.find(AttemptCounter.class, stored(key));
    return counter == null || counter.isExpired(now) ? Count.none(now) : counter.snapshot();
  }

  /**
   * What is counted under each key now, in the keys' order, read in one query of the columns (no
   * entity is built or managed).
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Count> current(List<String> keys) {
    Instant now = now();
    List<String> storedKeys = keys.stream().map(AttemptCounters::stored).toList();
    Map<String, Count> found = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.key, c.attempts, c.firstAt, c.lastAt, c.expiresAt"
                    + " from AttemptCounter c where c.key in :keys",
                Object[].class)
            .setParameter("keys", storedKeys.stream().distinct().toList())
            .getResultList()) {
      Count count =
          new Count((Integer) row[1], (Instant) row[2], (Instant) row[3], (Instant) row[4]);
      if (count.expiresAt().isAfter(now)) {
        found.put((String) row[0], count);
      }
    }
    return storedKeys.stream().map(key -> found.getOrDefault(key, Count.none(now))).toList();
  }

  /** Forgets what is counted under the key, before it expires by itself. */
  @Override
  public void forget(String key) {
    AttemptCounter counter = em.find(AttemptCounter.class, stored(key));
    if (counter != null) {
      em.remove(counter);
    }
  }

  /** Removes the counters that count for nothing any more; every node may do it. */
  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void prune() {
    int removed =
        em.createQuery("delete from AttemptCounter c where c.expiresAt < :now")
            .setParameter("now", now())
            .executeUpdate();
    if (removed > 0) {
      LOG.fine(() -> "Pruned " + removed + " expired attempt counters");
    }
  }

  /** The key as stored: as it is, or if it is too long, its kind and the digest of the rest. */
  static String stored(String key) {
    if (key.length() <= AttemptCounter.KEY_LENGTH) {
      return key;
    }
    int kind = key.indexOf(':');
    String prefix = kind > 0 && kind < 40 ? key.substring(0, kind + 1) : "";
    return prefix + "sha256:" + digest(key);
  }

  /** A SHA-256 digest in hex, for keys that must not hold what they are made of. */
  public static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
