package fi.virkaprofiili.platform.config;

import java.time.LocalDate;
import java.util.Date;

/** Turns the days people decide on into the moments timers wait for, in the organisation's zone. */
public final class OrganisationTime {

  private OrganisationTime() {}

  /** The first moment of the day. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(Settings.timeZone()).toInstant());
  }

  /** The first moment after the day has ended: when a period that ends on that day is over. */
  public static Date endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  public static LocalDate today(java.time.Clock clock) {
    return clock.instant().atZone(Settings.timeZone()).toLocalDate();
  }
}
