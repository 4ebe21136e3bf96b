package fi.virkaprofiili.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.engine.EngineClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Today is the organisation's day, whatever the zone of the JVM or of UTC. */
class OrganisationTimeTest {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final Instant HALF_PAST_ELEVEN_IN_HELSINKI = Instant.parse("2026-12-06T21:30:00Z");
  static final Instant HALF_PAST_MIDNIGHT_IN_HELSINKI = Instant.parse("2026-12-06T22:30:00Z");

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void todayIsHelsinkisDateOnBothSidesOfItsMidnight() {
    assertThat(at(HALF_PAST_ELEVEN_IN_HELSINKI).today()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(at(HALF_PAST_MIDNIGHT_IN_HELSINKI).today()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(HALF_PAST_MIDNIGHT_IN_HELSINKI.atZone(ZoneId.of("UTC")).toLocalDate())
        .as("UTC is still on the day before")
        .isEqualTo(LocalDate.of(2026, 12, 6));
  }

  @Test
  void aMomentFallsOnTheOrganisationsDay() {
    OrganisationTime time = at(HALF_PAST_ELEVEN_IN_HELSINKI);

    assertThat(time.dayOf(HALF_PAST_MIDNIGHT_IN_HELSINKI)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(time.zonedNow().getHour()).isEqualTo(23);
  }

  /** Process tests move the engine clock to fire timers; the product's now moves with it. */
  @Test
  void nowFollowsTheEngineClock() {
    OrganisationTime time = new OrganisationTime(new EngineClock(), HELSINKI);

    ClockUtil.setCurrentTime(Date.from(HALF_PAST_MIDNIGHT_IN_HELSINKI));

    assertThat(time.now()).isEqualTo(HALF_PAST_MIDNIGHT_IN_HELSINKI);
    assertThat(time.today()).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  static OrganisationTime at(Instant moment) {
    return new OrganisationTime(Clock.fixed(moment, ZoneId.of("UTC")), HELSINKI);
  }
}
