package fi.virkaprofiili.proposal.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.REVISE_PROPOSAL;

import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.control.DraftContent;
import fi.virkaprofiili.proposal.entity.ProposalDraft;
import fi.virkaprofiili.proposal.entity.RevisionDraft;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.task.Task;

/**
 * The changes a proposer makes to a returned proposal, saved as they go through the wizard's steps
 * so that closing the browser loses nothing, and given back when they open the revision task again.
 * Like a new proposal's draft it may be incomplete but keeps the {@link DraftRules}; the profile
 * keeps what was submitted until the revision is resubmitted, which deletes the draft in the same
 * transaction. Every call needs the waiting revision task assigned to the caller, and a draft is
 * its author's only: anyone else is refused and the attempt logged.
 */
@Stateless
public class RevisionDrafts {

  private static final Logger LOG = Logger.getLogger(RevisionDrafts.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ProposalService proposals;
  @Inject private TaskAccess tasks;
  @Inject private Clock clock;

  /** The changes the proposer left unsent in this revision task, if any. */
  public Optional<SavedDraft> of(@NotBlank String taskId, @NotBlank String userId) {
    revisionTask(taskId, userId);
    return byTask(taskId).map(draft -> saved(owned(draft, userId)));
  }

  /**
   * Keeps the proposal as the proposer has revised it so far, and the step they are at, in place of
   * what they kept before. Only the rules that hold for a draft are checked.
   */
  public SavedDraft save(
      @NotBlank String taskId,
      @NotNull @Valid @ConvertGroup(from = Default.class, to = DraftRules.class) Proposal proposal,
      @Size(max = ProposalDraft.STEP_MAX) String step,
      @NotBlank String userId) {
    Task task = revisionTask(taskId, userId);
    String content = DraftContent.write(proposal);
    RevisionDraft draft = byTask(taskId).map(kept -> owned(kept, userId)).orElse(null);
    if (draft == null) {
      draft =
          new RevisionDraft(
              taskId, tasks.profileIdOf(task), userId, content, step, clock.instant());
      em.persist(draft);
      em.flush();
    } else {
      draft.rewrite(content, step, clock.instant());
    }
    return saved(draft);
  }

  /**
   * The proposer gives up their changes: the revision starts again from the proposal as submitted.
   */
  public void discard(@NotBlank String taskId, @NotBlank String userId) {
    revisionTask(taskId, userId);
    byTask(taskId).map(draft -> owned(draft, userId)).ifPresent(em::remove);
  }

  /**
   * The proposer resubmits the revised proposal (checked in full, as any revision) and the draft is
   * deleted, both or neither.
   */
  public Profile submit(
      @NotBlank String taskId, @NotNull @Valid Proposal proposal, @NotBlank String userId) {
    Profile profile = proposals.revise(taskId, proposal, userId);
    byTask(taskId).ifPresent(em::remove);
    return profile;
  }

  /** The waiting revision task, which only the proposer it is assigned to works on. */
  private Task revisionTask(String taskId, String userId) {
    return tasks.assignedTask(taskId, REVISE_PROPOSAL, userId, "the proposer");
  }

  private Optional<RevisionDraft> byTask(String taskId) {
    return em.createNamedQuery(RevisionDraft.BY_TASK, RevisionDraft.class)
        .setParameter("taskId", taskId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The task may have been given to someone else in Cockpit since the draft was saved: what its
   * author wrote stays theirs.
   */
  private static RevisionDraft owned(RevisionDraft draft, String userId) {
    if (!draft.isAuthoredBy(userId)) {
      String message =
          "Refused: "
              + userId
              + " may not use the revision draft of task "
              + draft.getTaskId()
              + " of another author";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return draft;
  }

  private static SavedDraft saved(RevisionDraft draft) {
    return new SavedDraft(
        draft.getId(), draft.getStep(), draft.getSavedAt(), DraftContent.read(draft.getContent()));
  }
}
