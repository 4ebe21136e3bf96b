package fi.virkaprofiili.privacy.boundary;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.privacy.control.SentMailRetention;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Period;
import java.time.format.DateTimeParseException;
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
    String value = Settings.value(Settings.MAIL_KEEP_SENT, DEFAULT_KEEP_SENT.toString());
    try {
      Period period = Period.parse(value.strip());
      if (period.isNegative()) {
        throw new DateTimeParseException("negative", value, 0);
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          Settings.MAIL_KEEP_SENT + " is not an ISO-8601 period such as P90D: " + value, e);
    }
  }
}
