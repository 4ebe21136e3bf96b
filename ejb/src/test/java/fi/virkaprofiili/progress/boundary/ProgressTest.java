package fi.virkaprofiili.progress.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.progress.boundary.Progress.Step;
import fi.virkaprofiili.progress.boundary.Progress.Visit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the diagram marks as done: only steps that were done, never a cancelled one. */
class ProgressTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static Instant later(int days) {
    return T0.plusSeconds(days * 86_400L);
  }

  @Test
  void cancelledReviewTimerIsNotDone() {
    Progress progress =
        Progress.of(
            List.of(new Step("closureDecision", "Decide the closure")),
            List.of(
                new Visit("profileListed", T0, false),
                new Visit("reviewDue", later(1), true),
                new Visit("profileInUse", later(1), true),
                new Visit("closureRequested", later(3), false)));

    assertThat(progress.completed()).containsExactly("profileListed", "closureRequested");
    assertThat(progress.cancelled()).containsExactly("reviewDue", "profileInUse");
    assertThat(progress.currentIds()).containsExactly("closureDecision");
  }

  @Test
  void aStepShowsHowItsLatestVisitEnded() {
    Progress progress =
        Progress.of(
            List.of(),
            List.of(
                new Visit("reviewDue", T0, false),
                new Visit("periodicReview", later(180), false),
                new Visit("reviewDue", later(181), true)));

    assertThat(progress.completed()).containsExactly("periodicReview");
    assertThat(progress.cancelled()).containsExactly("reviewDue");
  }

  @Test
  void aReviewDoneAfterAnEarlierCancellationIsDone() {
    Progress progress =
        Progress.of(
            List.of(),
            List.of(new Visit("reviewDue", T0, true), new Visit("reviewDue", later(1), false)));

    assertThat(progress.completed()).containsExactly("reviewDue");
    assertThat(progress.cancelled()).isEmpty();
  }

  @Test
  void branchesMeetingAtAJoinAtTheSameMomentCountAsDone() {
    Progress progress =
        Progress.of(
            List.of(),
            List.of(new Visit("noticesGiven", T0, false), new Visit("noticesGiven", T0, true)));

    assertThat(progress.completed()).containsExactly("noticesGiven");
    assertThat(progress.cancelled()).isEmpty();
  }

  @Test
  void aProcessWithOnlyCancelledStepsStillHasAProcess() {
    assertThat(Progress.of(List.of(), List.of(new Visit("reviewDue", T0, true))).hasProcess())
        .isTrue();
    assertThat(Progress.NONE.hasProcess()).isFalse();
  }
}
