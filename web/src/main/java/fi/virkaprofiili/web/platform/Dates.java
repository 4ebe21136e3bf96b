package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Formats instants for people: Finnish time, in the conventions of the page's language. */
@Named
@ApplicationScoped
public class Dates {

  static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  public String dateTime(Instant instant) {
    return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
  }

  public String date(Instant instant) {
    return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
  }

  /** A calendar day, such as a closing date. */
  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(day);
  }

  private static String format(Instant instant, DateTimeFormatter style) {
    if (instant == null) {
      return "";
    }
    return style
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .withZone(ZONE)
        .format(instant);
  }
}
