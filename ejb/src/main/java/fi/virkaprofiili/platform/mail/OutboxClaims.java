package fi.virkaprofiili.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Claims due messages for one node and records what became of them, each in a short transaction of
 * its own: no transaction is held while the mail server is talked to. A claim is an update that
 * succeeds only on a message nobody holds, so two nodes never claim the same message at once; a
 * claim runs out, so the messages of a node that died are taken over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

  private static final Logger LOG = Logger.getLogger(OutboxClaims.class.getName());

  @PersistenceContext private EntityManager em;

  public OutboxClaims() {}

  /** Claims on a given entity manager, for tests outside the container. */
  OutboxClaims(EntityManager em) {
    this.em = em;
  }

  /** Claims up to a batch of the messages due at {@code now} under {@code claim}, oldest first. */
  public List<OutboxMessage> claim(String claim, Instant now, DeliveryPolicy policy) {
    List<Long> due =
        em.createQuery(
                "select m.id from OutboxMessage m where m.state = :pending"
                    + " and m.nextAttemptAt <= :now"
                    + " and (m.claimedUntil is null or m.claimedUntil < :now)"
                    + " order by m.nextAttemptAt, m.id",
                Long.class)
            .setParameter("pending", MessageState.PENDING)
            .setParameter("now", now)
            .setMaxResults(policy.batchSize())
            .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    // Checked again in the update itself: another node may have claimed some since the select.
    em.createQuery(
            "update OutboxMessage m set m.claimedBy = :claim, m.claimedUntil = :until,"
                + " m.version = m.version + 1"
                + " where m.id in :ids and m.state = :pending"
                + " and (m.claimedUntil is null or m.claimedUntil < :now)")
        .setParameter("claim", claim)
        .setParameter("until", now.plus(policy.claimTime()))
        .setParameter("ids", due)
        .setParameter("pending", MessageState.PENDING)
        .setParameter("now", now)
        .executeUpdate();
    return em.createQuery(
            "select m from OutboxMessage m where m.claimedBy = :claim order by m.id",
            OutboxMessage.class)
        .setParameter("claim", claim)
        .getResultList();
  }

  /**
   * The server accepted the message. Recorded even if the claim ran out meanwhile: it was sent, and
   * the sooner another node knows, the less likely it sends it again.
   */
  public void delivered(long id, Instant at) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message != null && message.getState() == MessageState.PENDING) {
      message.delivered(at);
    }
  }

  /**
   * The attempt under {@code claim} failed: the message waits its back-off, or after the last
   * attempt is left FAILED, which is logged once, here.
   */
  public void failed(long id, String claim, String error, Instant at, DeliveryPolicy policy) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null || !message.isClaimedBy(claim)) {
      return;
    }
    if (message.attemptFailed(error, at, policy)) {
      LOG.severe(
          () ->
              "E-mail "
                  + id
                  + " (\""
                  + message.getNoticeKey()
                  + "\") given up on after "
                  + message.getAttempts()
                  + " attempts: "
                  + error
                  + ". It stays FAILED in OUTBOX_MESSAGE; /health/ready counts it.");
    }
  }
}
