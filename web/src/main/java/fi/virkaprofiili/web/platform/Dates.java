package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.DateStyle;
import fi.virkaprofiili.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes dates for the page's language in the product's one style ({@link DateStyle}), on the
 * organisation's clock ({@code virkaprofiili.timeZone}).
 */
@Named
@ApplicationScoped
public class Dates {

  private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 6);

  /** A moment: {@code 6.12.2026 klo 21.48}, {@code 6 Dec 2026, 21:48}. */
  public String dateTime(Instant instant) {
    return DateStyle.dateTime(instant, language(), Settings.timeZone());
  }

  /** The day of a moment, such as a due date. */
  public String date(Instant instant) {
    return DateStyle.day(instant, language(), Settings.timeZone());
  }

  /** A calendar day, such as a closing date. */
  public String day(LocalDate day) {
    return DateStyle.day(day, language());
  }

  /** What a date input of this page shows and writes, for {@code p:datePicker pattern}. */
  public String inputPattern() {
    return DateStyle.inputPattern(language());
  }

  /** The hint a date input shows: an example of the style it takes, such as "e.g. 6.12.2026". */
  public String inputHint() {
    Locale language = language();
    return MessageFormat.format(
        ResourceBundle.getBundle(Messages.BUNDLE, language).getString("date.hint"),
        example(language));
  }

  /** A day written as this language writes it, to show what a date input takes. */
  static String example(Locale language) {
    return DateStyle.day(EXAMPLE, language);
  }

  private static Locale language() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
