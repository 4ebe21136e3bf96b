package fi.virkaprofiili.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @ParameterizedTest(name = "{1} working days after {0} is {2}")
  @CsvSource({
    "2026-11-02T09:00, 5, 2026-11-09T09:00", // Monday: the next Monday
    "2026-11-06T09:00, 1, 2026-11-09T09:00", // Friday: over the weekend
    "2026-11-07T09:00, 1, 2026-11-09T09:00", // Saturday: Monday is the first working day
    "2026-11-02T09:00, 10, 2026-11-16T09:00",
    "2026-11-04T15:30, 0, 2026-11-04T15:30"
  })
  void weekendsDoNotCount(String start, int workingDays, String expected) {
    assertThat(
            WorkingDays.after(ZonedDateTime.of(LocalDateTime.parse(start), HELSINKI), workingDays))
        .isEqualTo(ZonedDateTime.of(LocalDateTime.parse(expected), HELSINKI));
  }
}
