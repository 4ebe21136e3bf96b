package fi.virkaprofiili.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An absence guards its period and goes from planned to ongoing to ended, or is called off. */
class AbsenceTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
  private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");

  private static Absence absence(LocalDate first, LocalDate last) {
    return new Absence("culture", "markus", "tiina", first, last, "Holiday", "markus", AT, TODAY);
  }

  @Test
  void aPeriodIsTheManagersWithAnotherDeputyAndNotOverAlready() {
    assertThatThrownBy(
            () ->
                new Absence(
                    "culture", "markus", "markus", TODAY, TODAY, "Self", "markus", AT, TODAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> absence(TODAY, TODAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> absence(TODAY.minusDays(5), TODAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Absence("culture", "markus", "tiina", TODAY, TODAY, " ", "markus", AT, TODAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itStartsAndEndsOnceEachAndOverlapsPeriodsThatShareADay() {
    Absence absence = absence(TODAY, TODAY.plusDays(6));

    assertThat(absence.overlaps(TODAY.plusDays(6), TODAY.plusDays(9))).isTrue();
    assertThat(absence.overlaps(TODAY.plusDays(7), TODAY.plusDays(9))).isFalse();
    assertThat(absence.start()).isTrue();
    assertThat(absence.start()).as("a timer's job run again").isFalse();
    assertThat(absence.end()).isTrue();
    assertThat(absence.end()).isFalse();
    assertThat(absence.getState()).isEqualTo(Absence.State.ENDED);
  }

  @Test
  void aPlannedAbsenceCalledOffIsCancelledAndAnOngoingOneEnds() {
    Absence planned = absence(TODAY.plusDays(1), TODAY.plusDays(2));
    assertThat(planned.callOff()).isFalse();
    assertThat(planned.getState()).isEqualTo(Absence.State.CANCELLED);
    assertThat(planned.start()).as("its timer, if it still fired, starts nothing").isFalse();

    Absence ongoing = absence(TODAY, TODAY.plusDays(2));
    ongoing.start();
    assertThat(ongoing.callOff()).isTrue();
    assertThat(ongoing.getState()).isEqualTo(Absence.State.ENDED);
    assertThatThrownBy(ongoing::callOff).isInstanceOf(IllegalStateException.class);
  }
}
