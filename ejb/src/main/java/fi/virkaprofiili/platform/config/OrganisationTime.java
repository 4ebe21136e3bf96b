package fi.virkaprofiili.platform.config;

import fi.virkaprofiili.platform.engine.EngineClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The product's one source of "now" and "today". Now is the engine's clock, so a test that moves
 * the engine clock to fire timers moves every recorded moment with it; today is the day of that
 * moment in the organisation's time zone, so a page and the boundary it calls agree on the date
 * around midnight. Entities do not read a clock: their callers pass what this says.
 */
@ApplicationScoped
public class OrganisationTime {

  private final Clock clock;
  private final ZoneId zone;

  /** The engine's clock in the configured zone. */
  public OrganisationTime() {
    this(new EngineClock(), null);
  }

  /** A given clock in a given zone, for tests. */
  public OrganisationTime(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** The organisation's time zone: where a day such as a closing date begins and ends. */
  public ZoneId zone() {
    return zone != null ? zone : Settings.timeZone();
  }

  public Instant now() {
    return clock.instant();
  }

  /** Today as the organisation counts it. */
  public LocalDate today() {
    return dayOf(now());
  }

  /** Now on the organisation's wall clock, for counting days and working days ahead. */
  public ZonedDateTime zonedNow() {
    return now().atZone(zone());
  }

  /** The organisation's day a moment falls on. */
  public LocalDate dayOf(Instant moment) {
    return moment.atZone(zone()).toLocalDate();
  }

  /** The first moment of the day, in the configured zone. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(Settings.timeZone()).toInstant());
  }

  /** The first moment after the day has ended, in the configured zone. */
  public static Date endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }
}
