package fi.virkaprofiili.notice.control;

import fi.virkaprofiili.notice.entity.SentNotice;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Remembers each notice sent, in a transaction of its own: once a message has left, a rollback of
 * the job that sent it must not forget that it did, or the retry would send it again.
 */
@Stateless
public class SentNotices {

  @PersistenceContext private EntityManager em;

  public boolean wasSent(String key) {
    return em.find(SentNotice.class, key) != null;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSent(String key, Instant at) {
    em.persist(new SentNotice(key, at));
  }
}
