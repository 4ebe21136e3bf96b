package fi.virkaprofiili.proposal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.proposal.control.DraftContent;
import fi.virkaprofiili.proposal.entity.ProposalDraft;
import fi.virkaprofiili.proposal.entity.RevisionDraft;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of a revision's draft: it belongs to one revision task and its author, may be
 * incomplete but not unsafe, and what is resubmitted is checked as a whole proposal.
 */
class RevisionDraftTest {

  private static final Instant SAVED = Instant.parse("2026-12-01T08:00:00Z");

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aRevisionDraftBelongsToItsTaskAndAuthorAndIsRewrittenWhole() {
    RevisionDraft draft =
        new RevisionDraft("task-1", 42, "sanna", "{\"name\":\"A\"}", "PROFILE", SAVED);

    draft.rewrite("{\"name\":\"B\"}", "RESOURCING", SAVED.plusSeconds(60));

    assertThat(draft.getTaskId()).isEqualTo("task-1");
    assertThat(draft.getProfileId()).isEqualTo(42);
    assertThat(draft.isAuthoredBy("sanna")).isTrue();
    assertThat(draft.isAuthoredBy("markus")).isFalse();
    assertThat(draft.getContent()).isEqualTo("{\"name\":\"B\"}");
    assertThat(draft.getStep()).isEqualTo("RESOURCING");
    assertThat(draft.getSavedAt()).isEqualTo(SAVED.plusSeconds(60));
  }

  @Test
  void aRevisionDraftNeedsItsTaskAndAuthor() {
    assertThatThrownBy(() -> new RevisionDraft(" ", 42, "sanna", "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RevisionDraft(null, 42, "sanna", "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RevisionDraft(
                    "t".repeat(RevisionDraft.TASK_MAX + 1), 42, "sanna", "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RevisionDraft("task-1", 42, "", "{}", null, SAVED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRevisionDraftKeepsNoMoreThanANewProposalsDraft() {
    RevisionDraft draft = new RevisionDraft("task-1", 42, "sanna", "{}", "PROFILE", SAVED);

    assertThatThrownBy(
            () -> draft.rewrite("x".repeat(ProposalDraft.CONTENT_MAX + 1), "PROFILE", SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> draft.rewrite("{}", "S".repeat(ProposalDraft.STEP_MAX + 1), SAVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(draft.getContent()).isEqualTo("{}");
  }

  @Test
  void savingARevisionChecksOnlyTheDraftRules() throws Exception {
    Method save =
        RevisionDrafts.class.getMethod(
            "save", String.class, Proposal.class, String.class, String.class);
    Proposal halfRevised = ProposalValidationTest.complete();
    halfRevised.setPurpose(null);

    assertThat(
            validator
                .forExecutables()
                .validateParameters(
                    new RevisionDrafts(),
                    save,
                    new Object[] {"task-1", halfRevised, "PURPOSE", "sanna"}))
        .isEmpty();

    halfRevised.setAccountUrl("javascript:alert(1)");
    Set<String> refused =
        validator
            .forExecutables()
            .validateParameters(
                new RevisionDrafts(), save, new Object[] {"", halfRevised, "PURPOSE", "sanna"})
            .stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet());
    assertThat(refused).containsExactlyInAnyOrder("save.taskId", "save.proposal.accountUrl");
  }

  @Test
  void resubmittingARevisionChecksTheWholeProposal() throws Exception {
    Method submit =
        RevisionDrafts.class.getMethod("submit", String.class, Proposal.class, String.class);
    Proposal halfRevised = ProposalValidationTest.complete();
    halfRevised.setPurpose(null);

    Set<String> refused =
        validator
            .forExecutables()
            .validateParameters(
                new RevisionDrafts(), submit, new Object[] {"task-1", halfRevised, "sanna"})
            .stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet());

    assertThat(refused).containsExactly("submit.proposal.purpose");
  }

  @Test
  void aRevisionReadsBackAsItWasKept() {
    Proposal revised = ProposalValidationTest.complete();
    revised.setSuccessEvaluation("Followers, reach and a yearly survey");

    assertThat(DraftContent.read(DraftContent.write(revised)))
        .usingRecursiveComparison()
        .isEqualTo(revised);
  }
}
