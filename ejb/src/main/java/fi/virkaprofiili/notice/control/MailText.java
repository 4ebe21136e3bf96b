package fi.virkaprofiili.notice.control;

import fi.virkaprofiili.platform.config.DateStyle;
import fi.virkaprofiili.platform.config.Settings;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The subject and body of a notice. A notice to many is written in Finnish, Swedish and English in
 * one message, as public bodies in Finland write to staff in both national languages; a notice to
 * one person whose language is known is written in that language alone.
 */
public record MailText(String subject, String body) {

  private static final String BUNDLE = "fi.virkaprofiili.notice.mail";
  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

  /**
   * The notice {@code key} ({@code key.subject}, {@code key.body}) with its arguments filled in.
   */
  public static MailText of(String key, Object... arguments) {
    StringBuilder subject = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
      if (subject.length() > 0) {
        subject.append(" / ");
        body.append("\n\n----\n\n");
      }
      Object[] written = written(arguments, language);
      subject.append(
          new MessageFormat(bundle.getString(key + ".subject"), language).format(written));
      body.append(new MessageFormat(bundle.getString(key + ".body"), language).format(written));
    }
    return new MailText(subject.toString(), body.toString());
  }

  /** The notice {@code key} in one language, Finnish, Swedish or English. */
  public static MailText in(Locale language, String key, Object... arguments) {
    ResourceBundle bundle = bundle(language);
    Object[] written = written(arguments, language);
    return new MailText(
        new MessageFormat(bundle.getString(key + ".subject"), language).format(written),
        new MessageFormat(bundle.getString(key + ".body"), language).format(written));
  }

  /**
   * Days and moments written as the pages write them in that language ({@link DateStyle}), on the
   * organisation's clock: MessageFormat would write them in the JVM's style and zone.
   */
  private static Object[] written(Object[] arguments, Locale language) {
    Object[] written = arguments.clone();
    for (int i = 0; i < written.length; i++) {
      if (written[i] instanceof LocalDate day) {
        written[i] = DateStyle.day(day, language);
      } else if (written[i] instanceof Instant moment) {
        written[i] = DateStyle.dateTime(moment, language, Settings.timeZone());
      }
    }
    return written;
  }

  /** English is the base bundle: no fallback to the server's own locale on the way there. */
  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
