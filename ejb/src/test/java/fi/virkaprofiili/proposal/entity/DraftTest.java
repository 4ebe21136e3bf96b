package fi.virkaprofiili.proposal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One draft for new proposals and revisions: one of each author's new proposal, one of each
 * revision task, its author's only, and never more than it can hold.
 */
class DraftTest {

  private static final Instant SAVED = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void anAuthorHasOneNewProposalDraftAndEachRevisionTaskOne() {
    Draft first = Draft.ofNewProposal("sanna", "{}", "PROFILE", SAVED);
    Draft again = Draft.ofNewProposal("sanna", "{}", "PURPOSE", SAVED.plusSeconds(5));
    Draft revision = Draft.ofRevision("task-1", 42, "sanna", "{}", "PROFILE", SAVED);
    Draft otherRevision = Draft.ofRevision("task-2", 42, "sanna", "{}", "PROFILE", SAVED);

    assertThat(key(first)).isEqualTo(key(again)).isEqualTo(Draft.keyOfNewProposal("sanna"));
    assertThat(key(revision)).isEqualTo(Draft.keyOfRevision("task-1"));
    assertThat(key(otherRevision)).isNotEqualTo(key(revision));
    assertThat(key(Draft.ofNewProposal("markus", "{}", null, SAVED))).isNotEqualTo(key(first));
  }

  /** An author named like a task id still has a draft of their own, apart from the task's. */
  @Test
  void aNewProposalsKeyNeverMeetsARevisionsKey() {
    assertThat(Draft.keyOfNewProposal("task-1")).isNotEqualTo(Draft.keyOfRevision("task-1"));
  }

  @Test
  void onlyItsAuthorUsesADraftEvenWhenTheTaskIsGivenToAnother() {
    Draft revision = Draft.ofRevision("task-1", 42, "sanna", "{}", null, SAVED);

    assertThat(revision.isAuthoredBy("sanna")).isTrue();
    assertThat(revision.isAuthoredBy("markus")).isFalse();
    assertThat(revision.getKind()).isEqualTo(Draft.Kind.REVISION);
    assertThat(Draft.ofNewProposal("sanna", "{}", null, SAVED).getTaskId())
        .as("a new proposal belongs to no task")
        .isNull();
  }

  @Test
  void aDraftNeedsItsAuthorAndARevisionItsTask() {
    assertThatThrownBy(() -> Draft.ofNewProposal(" ", "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Draft.ofRevision("task-1", 42, null, "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Draft.ofRevision(" ", 42, "sanna", "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Draft.ofRevision("t".repeat(Draft.TASK_MAX + 1), 42, "sanna", "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Draft.ofNewProposal("sanna", "{}", null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRewriteThatDoesNotFitKeepsWhatWasSavedBefore() {
    Draft draft = Draft.ofRevision("task-1", 42, "sanna", "{\"name\":\"A\"}", "PROFILE", SAVED);

    assertThatThrownBy(
            () -> draft.rewrite("x".repeat(Draft.CONTENT_MAX + 1), "PURPOSE", SAVED.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> draft.rewrite("{}", "S".repeat(Draft.STEP_MAX + 1), SAVED.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> draft.rewrite(null, "PURPOSE", SAVED.plusSeconds(1)))
        .isInstanceOf(NullPointerException.class);

    assertThat(draft.getContent()).isEqualTo("{\"name\":\"A\"}");
    assertThat(draft.getStep()).isEqualTo("PROFILE");
    assertThat(draft.getSavedAt()).isEqualTo(SAVED);
  }

  @Test
  void aDraftOfTheLargestSizeFits() {
    Draft draft = Draft.ofNewProposal("sanna", "x".repeat(Draft.CONTENT_MAX), null, SAVED);

    assertThat(draft.getContent()).hasSize(Draft.CONTENT_MAX);
  }

  private static String key(Draft draft) {
    return draft.getDraftOf();
  }
}
