package fi.virkaprofiili.platform.config;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** Counts working days, Monday to Friday, as the policy's deadlines do. */
public final class WorkingDays {

  private WorkingDays() {}

  /** The moment the given number of working days after {@code start}, at the same time of day. */
  public static ZonedDateTime after(ZonedDateTime start, int workingDays) {
    ZonedDateTime day = start;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return day;
  }
}
