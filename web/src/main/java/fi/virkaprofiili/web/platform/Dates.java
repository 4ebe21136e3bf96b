package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Formats instants for people: Finnish time, in the conventions of the page's language. */
@Named
@ApplicationScoped
public class Dates {

  static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .withZone(ZONE)
        .format(instant);
  }

  public String date(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .withZone(ZONE)
        .format(instant);
  }
}
