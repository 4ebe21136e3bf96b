package fi.virkaprofiili.notice.boundary;

import fi.virkaprofiili.notice.control.MailSender;
import fi.virkaprofiili.notice.control.MailText;
import fi.virkaprofiili.notice.control.SentNotices;
import fi.virkaprofiili.notice.entity.SentNotice;
import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Sends a notice to each recipient exactly once per idempotency key: a retried job skips the
 * recipients who already have it. (Should the server stop between sending and recording, that one
 * message could go twice; SMTP offers nothing better.)
 */
@Stateless
public class Notices {

  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  @Inject private MailSender mail;
  @Inject private SentNotices sent;
  @Inject private OrganisationTime time;

  /**
   * Returns the recipients, in order, that this call e-mailed. Without a mail server configured
   * nothing is sent, and so nothing is remembered as sent.
   */
  public Set<String> sendOnce(String noticeKey, Collection<String> recipients, MailText text) {
    Set<String> sentNow = new TreeSet<>();
    if (!mail.isConfigured()) {
      LOG.info(
          () ->
              "No mail host configured; not e-mailing \"" + text.subject() + "\" to " + recipients);
      return sentNow;
    }
    for (String recipient : new TreeSet<>(recipients)) {
      String key = key(noticeKey, recipient);
      if (sent.wasSent(key)) {
        continue;
      }
      mail.send(recipient, text.subject(), text.body());
      sent.recordSent(key, time.now());
      sentNow.add(recipient);
    }
    return sentNow;
  }

  private static String key(String noticeKey, String recipient) {
    String key = noticeKey + "/" + recipient.strip().toLowerCase(Locale.ROOT);
    if (key.length() > SentNotice.KEY_MAX) {
      throw new IllegalArgumentException("Notice key too long: " + key);
    }
    return key;
  }
}
