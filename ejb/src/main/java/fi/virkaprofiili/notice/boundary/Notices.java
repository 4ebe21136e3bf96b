package fi.virkaprofiili.notice.boundary;

import fi.virkaprofiili.notice.control.MailText;
import fi.virkaprofiili.platform.mail.MailSender;
import fi.virkaprofiili.platform.mail.Outbox;
import fi.virkaprofiili.platform.mail.OutboxMessage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Gives a notice to each recipient exactly once per idempotency key, by writing it to the outbox in
 * the transaction of the step that gives it: a step rolled back leaves nothing to send, and a
 * retried job finds the recipients who have it already. The outbox sends it after the commit.
 */
@Stateless
public class Notices {

  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  @Inject private Outbox outbox;
  @Inject private MailSender mail;

  /** Whether notices can go anywhere: without a mail server configured, none is written. */
  public boolean canMail() {
    return mail.isConfigured();
  }

  /**
   * Returns the recipients, in order, that this call gave the notice to. Without a mail server
   * configured nothing is written, and so nothing is remembered as given.
   */
  public Set<String> sendOnce(String noticeKey, Collection<String> recipients, MailText text) {
    Set<String> givenNow = new TreeSet<>();
    if (!canMail()) {
      LOG.info(
          () ->
              "No mail host configured; not e-mailing \"" + text.subject() + "\" to " + recipients);
      return givenNow;
    }
    for (String recipient : new TreeSet<>(recipients)) {
      if (outbox.write(key(noticeKey, recipient), recipient, text.subject(), text.body())) {
        givenNow.add(recipient);
      }
    }
    return givenNow;
  }

  private static String key(String noticeKey, String recipient) {
    String key = noticeKey + "/" + recipient.strip().toLowerCase(Locale.ROOT);
    if (key.length() > OutboxMessage.KEY_MAX) {
      throw new IllegalArgumentException("Notice key too long: " + key);
    }
    return key;
  }
}
