package fi.virkaprofiili.platform.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way the product writes a date or a moment for people, in Finnish, Swedish or English:
 * pages, the timeline, e-mails and published texts all use it, so that a date reads the same
 * wherever it appears. Finnish {@code 6.12.2026 klo 21.48}, Swedish {@code 6.12.2026 kl. 21.48},
 * English {@code 6 Dec 2026, 21:48}; days without the time. The JDK's localized styles are not
 * used: they differ by JDK version and gave US short forms ("12/6/26") and ISO dates in Swedish.
 */
public final class DateStyle {

  private static final Locale FINNISH = Locale.forLanguageTag("fi");
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private static final DateTimeFormatter NUMERIC_DAY =
      DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);
  private static final DateTimeFormatter FINNISH_MOMENT =
      DateTimeFormatter.ofPattern("d.M.uuuu 'klo' H.mm", Locale.ROOT);
  private static final DateTimeFormatter SWEDISH_MOMENT =
      DateTimeFormatter.ofPattern("d.M.uuuu 'kl.' H.mm", Locale.ROOT);
  // Locale.ENGLISH, not en-GB: CLDR writes September "Sept" for en-GB and "Sep" for en.
  private static final DateTimeFormatter ENGLISH_DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter ENGLISH_MOMENT =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

  /** What a date input accepts, whatever the page's language: the forms people type. */
  private static final List<DateTimeFormatter> TYPED =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT),
          DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMM uuuu")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMMM uuuu")
              .toFormatter(Locale.ENGLISH));

  private DateStyle() {}

  /** A calendar day, such as a closing date: {@code 6.12.2026} or {@code 6 Dec 2026}. */
  public static String day(LocalDate day, Locale language) {
    return day == null ? "" : dayFormat(language).format(day);
  }

  /** The day a moment falls on in {@code zone}. */
  public static String day(Instant moment, Locale language, ZoneId zone) {
    return moment == null ? "" : day(moment.atZone(zone).toLocalDate(), language);
  }

  /** A moment on the wall clock of {@code zone}: {@code 6.12.2026 klo 21.48}. */
  public static String dateTime(Instant moment, Locale language, ZoneId zone) {
    return moment == null ? "" : momentFormat(language).format(moment.atZone(zone));
  }

  /**
   * The pattern a date input of {@code language} shows and writes, in PrimeFaces' notation (which
   * is Java's): {@code d.M.yyyy} or {@code d MMM yyyy}.
   */
  public static String inputPattern(Locale language) {
    return isEnglish(language) ? "d MMM yyyy" : "d.M.yyyy";
  }

  /**
   * A day as a person typed it: in their language's style ({@code 6.12.2026}, {@code 6 Dec 2026}),
   * or as ISO ({@code 2026-12-06}). Empty if it is none of them or no real day (31.2.2026).
   */
  public static Optional<LocalDate> parseDay(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String text = typed.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter format : TYPED) {
      try {
        return Optional.of(LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT)));
      } catch (DateTimeParseException e) {
        // not this form, or no real day in it: try the next
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter dayFormat(Locale language) {
    return isEnglish(language) ? ENGLISH_DAY : NUMERIC_DAY;
  }

  private static DateTimeFormatter momentFormat(Locale language) {
    if (isEnglish(language)) {
      return ENGLISH_MOMENT;
    }
    return language != null && SWEDISH.getLanguage().equals(language.getLanguage())
        ? SWEDISH_MOMENT
        : FINNISH_MOMENT;
  }

  /**
   * English for any language but Finnish and Swedish; Finnish when none is given, as the
   * organisation's first language.
   */
  private static boolean isEnglish(Locale language) {
    return language != null
        && !FINNISH.getLanguage().equals(language.getLanguage())
        && !SWEDISH.getLanguage().equals(language.getLanguage());
  }
}
