package fi.virkaprofiili.privacy.control;

import fi.virkaprofiili.platform.mail.MessageState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A sent e-mail's address, subject and text are kept for a while (to answer "did I get told?") and
 * then forgotten. The row itself stays with its notice key, which is what keeps a retried step from
 * e-mailing the same notice twice.
 */
@Stateless
public class SentMailRetention {

  @PersistenceContext private EntityManager em;

  /** Returns how many sent messages were emptied. */
  public int forgetSentBefore(Instant before) {
    return em.createQuery(
            "update OutboxMessage m set m.recipient = '', m.subject = '', m.body = '' where"
                + " m.state = :sent and m.sentAt < :before and m.recipient <> ''")
        .setParameter("sent", MessageState.SENT)
        .setParameter("before", before)
        .executeUpdate();
  }
}
