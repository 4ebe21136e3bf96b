package fi.virkaprofiili.platform.limits;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Makes a counter's row exist, in a transaction of its own, so that {@link AttemptCounters} can
 * always count under a row lock. Two requests (on one node or two) that count the same new key at
 * once would otherwise both insert it, and one of them would fail on the key at commit.
 */
@Stateless
public class CounterRows {

  @PersistenceContext private EntityManager em;

  /**
   * Inserts an empty counter under the key. Fails (and rolls back only itself) if another
   * transaction inserted it first, which is as good.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String storedKey, Instant now) {
    em.persist(new AttemptCounter(storedKey, now));
    em.flush();
  }
}
