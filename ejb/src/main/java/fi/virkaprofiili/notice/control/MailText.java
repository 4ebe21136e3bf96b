package fi.virkaprofiili.notice.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The subject and body of a notice, written in Finnish, Swedish and English in one message: the
 * recipient's language is not known, and public bodies in Finland write to staff in both national
 * languages.
 */
public record MailText(String subject, String body) {

  private static final String BUNDLE = "fi.virkaprofiili.notice.mail";
  private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

  /** The notice {@code key} ({@code key.subject}, {@code key.body}) with its arguments filled in. */
  public static MailText of(String key, Object... arguments) {
    StringBuilder subject = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
      if (subject.length() > 0) {
        subject.append(" / ");
        body.append("\n\n----\n\n");
      }
      subject.append(new MessageFormat(bundle.getString(key + ".subject"), language).format(arguments));
      body.append(new MessageFormat(bundle.getString(key + ".body"), language).format(arguments));
    }
    return new MailText(subject.toString(), body.toString());
  }
}
