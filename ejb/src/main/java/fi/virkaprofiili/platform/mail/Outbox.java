package fi.virkaprofiili.platform.mail;

import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where every e-mail is written. Only inside the transaction of the step that causes it: the
 * message is there exactly when the step is, and is sent after it commits ({@link OutboxDelivery}).
 */
@Stateless
public class Outbox {

  @PersistenceContext private EntityManager em;
  @Inject private Event<OutboxWritten> written;
  @Inject private OrganisationTime time;

  /**
   * Writes a message to one recipient, unless one was written under the same key before (a retried
   * job, a repeated assignment). Answers whether it wrote one.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean write(String noticeKey, String recipient, String subject, String body) {
    if (isWritten(noticeKey)) {
      return false;
    }
    // Written to the database with the step's other writes when it commits (or before a query in
    // the step that reads the table): a failure to write still fails the step, as the commit fails
    // and the engine's writes roll back with it. A flush of its own here was a sixth of the cost of
    // a review's e-mail (issue 16, item 6).
    em.persist(new OutboxMessage(noticeKey, recipient, subject, body, time.now()));
    written.fire(new OutboxWritten());
    return true;
  }

  /** Whether a message was written under the key, whatever became of it. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isWritten(String noticeKey) {
    return em.createQuery(
                "select count(m) from OutboxMessage m where m.noticeKey = :key", Long.class)
            .setParameter("key", noticeKey)
            .getSingleResult()
        > 0;
  }

  /** How many messages wait and how many were given up on; sent ones are not counted. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<MessageState, Long> unsent() {
    Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
    counts.put(MessageState.PENDING, 0L);
    counts.put(MessageState.FAILED, 0L);
    em.createQuery(
            "select m.state, count(m) from OutboxMessage m where m.state <> :sent group by m.state",
            Object[].class)
        .setParameter("sent", MessageState.SENT)
        .setHint("jakarta.persistence.query.timeout", 2000)
        .getResultList()
        .forEach(row -> counts.put((MessageState) row[0], (Long) row[1]));
    return counts;
  }
}
