package fi.virkaprofiili.privacy.boundary;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.privacy.control.SentMailRetention;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.logging.Logger;

/**
 * Sent e-mail is not kept with its text for ever: after {@link Settings#MAIL_KEEP_SENT} (90 days by
 * default) its address, subject and text are forgotten.
 */
@Stateless
public class MailRetention {

  private static final Logger LOG = Logger.getLogger(MailRetention.class.getName());

  public static final Period DEFAULT_KEEP_SENT = Period.ofDays(90);

  @Inject private SentMailRetention sentMail;
  @Inject private OrganisationTime time;

  /** Returns how many sent messages were emptied. */
  public int forgetDue() {
    int forgotten = sentMail.forgetSentBefore(time.zonedNow().minus(keepSent()).toInstant());
    if (forgotten > 0) {
      LOG.info("The address and text of " + forgotten + " sent e-mails were forgotten");
    }
    return forgotten;
  }

  /** The period the settings give; a value that is no period stops this with a clear message. */
  public static Period keepSent() {
    return Settings.period(Settings.MAIL_KEEP_SENT, DEFAULT_KEEP_SENT);
  }
}
