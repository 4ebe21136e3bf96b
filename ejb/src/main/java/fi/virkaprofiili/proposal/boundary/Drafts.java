package fi.virkaprofiili.proposal.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.REVISE_PROPOSAL;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.control.DraftContent;
import fi.virkaprofiili.proposal.entity.Draft;
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
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.task.Task;

/**
 * Proposals being written, new ones and revisions of returned ones alike: saved for their author as
 * they go through the portal's wizard, so that closing the browser loses nothing, and offered again
 * when they come back. A draft may leave out anything, but what it says keeps the {@link
 * DraftRules} (lengths, addresses). It starts no process; submitting it starts the proposal (or
 * resubmits the revision) and deletes the draft in one transaction. A draft is its author's only,
 * and a revision's draft is reached only through the waiting revision task assigned to the caller:
 * anyone else is refused and the attempt logged.
 */
@Stateless
public class Drafts {

  private static final Logger LOG = Logger.getLogger(Drafts.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ProposalService proposals;
  @Inject private TaskAccess tasks;
  @Inject private OrganisationTime time;

  /** What the user left unsubmitted towards this, if anything. */
  public Optional<SavedDraft> of(@NotNull DraftOf of, @NotBlank String userId) {
    revisionTask(of, userId);
    return byKey(key(of, userId)).map(draft -> saved(owned(draft, userId)));
  }

  /** A draft by its id, for its author only. */
  public SavedDraft load(long draftId, @NotBlank String userId) {
    return saved(owned(draftId, userId));
  }

  /**
   * Keeps what the author has written so far, and the step they are at, in place of what they kept
   * before. Only the rules that hold for a draft are checked.
   */
  public SavedDraft save(
      @NotNull DraftOf of,
      @NotNull @Valid @ConvertGroup(from = Default.class, to = DraftRules.class) Proposal proposal,
      @Size(max = Draft.STEP_MAX) String step,
      @NotBlank String userId) {
    Task task = revisionTask(of, userId);
    String content = DraftContent.write(proposal);
    Draft draft = byKey(key(of, userId)).map(found -> owned(found, userId)).orElse(null);
    if (draft == null) {
      draft =
          of.isRevision()
              ? Draft.ofRevision(
                  of.taskId(), tasks.profileIdOf(task), userId, content, step, time.now())
              : Draft.ofNewProposal(userId, content, step, time.now());
      em.persist(draft);
      em.flush();
    } else {
      draft.rewrite(content, step, time.now());
    }
    return saved(draft);
  }

  /** The author gives up what they kept towards this: a revision starts again from the proposal. */
  public void discard(@NotNull DraftOf of, @NotBlank String userId) {
    revisionTask(of, userId);
    byKey(key(of, userId)).map(draft -> owned(draft, userId)).ifPresent(em::remove);
  }

  /** The author gives the draft up; it is gone. */
  public void discard(long draftId, @NotBlank String userId) {
    em.remove(owned(draftId, userId));
  }

  /**
   * The author submits what their draft has become, checked in full as any proposal: a new proposal
   * starts, a revision is decided again. The draft is deleted with it, both or neither.
   */
  public Profile submit(
      @NotNull DraftOf of, @NotNull @Valid Proposal proposal, @NotBlank String userId) {
    Profile profile =
        of.isRevision()
            ? proposals.revise(of.taskId(), proposal, userId)
            : proposals.submit(proposal, userId);
    byKey(key(of, userId)).ifPresent(em::remove);
    return profile;
  }

  /** The waiting revision task, which only the proposer it is assigned to works on. */
  private Task revisionTask(DraftOf of, String userId) {
    return of.isRevision()
        ? tasks.assignedTask(of.taskId(), REVISE_PROPOSAL, userId, "the proposer")
        : null;
  }

  private static String key(DraftOf of, String userId) {
    return of.isRevision() ? Draft.keyOfRevision(of.taskId()) : Draft.keyOfNewProposal(userId);
  }

  private Optional<Draft> byKey(String key) {
    return em.createNamedQuery(Draft.BY_KEY, Draft.class)
        .setParameter("draftOf", key)
        .getResultStream()
        .findFirst();
  }

  private Draft owned(long draftId, String userId) {
    Draft draft = em.find(Draft.class, draftId);
    if (draft == null) {
      throw new NotFoundException("error.draftGone", "No draft " + draftId);
    }
    return owned(draft, userId);
  }

  /**
   * A revision task may have been given to someone else in Cockpit since the draft was saved: what
   * its author wrote stays theirs.
   */
  private static Draft owned(Draft draft, String userId) {
    if (!draft.isAuthoredBy(userId)) {
      String message =
          "Refused: " + userId + " may not use draft " + draft.getId() + " of another author";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return draft;
  }

  private static SavedDraft saved(Draft draft) {
    return new SavedDraft(
        draft.getId(), draft.getStep(), draft.getSavedAt(), DraftContent.read(draft.getContent()));
  }
}
