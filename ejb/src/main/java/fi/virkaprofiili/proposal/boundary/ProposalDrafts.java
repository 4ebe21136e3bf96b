package fi.virkaprofiili.proposal.boundary;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.control.DraftContent;
import fi.virkaprofiili.proposal.entity.ProposalDraft;
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

/**
 * Proposals being written: saved for their author as they go through the portal's wizard, so that
 * closing the browser loses nothing. A draft may leave out anything, but what it says keeps the
 * {@link DraftRules} (lengths, addresses). It starts no process; submitting it starts the proposal
 * and deletes the draft in one transaction. Only the author may see, change or discard a draft.
 */
@Stateless
public class ProposalDrafts {

  private static final Logger LOG = Logger.getLogger(ProposalDrafts.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  /** The draft the author left unfinished, if any. */
  public Optional<SavedDraft> ofAuthor(@NotBlank String authorId) {
    return byAuthor(authorId).map(ProposalDrafts::saved);
  }

  /** A draft, for its author only; anyone else is refused and the attempt logged. */
  public SavedDraft load(long draftId, @NotBlank String userId) {
    return saved(owned(draftId, userId));
  }

  /**
   * Keeps what the author has written so far, and the step they are at, in place of what they kept
   * before. Only the rules that hold for a draft are checked.
   */
  public SavedDraft save(
      @NotNull @Valid @ConvertGroup(from = Default.class, to = DraftRules.class) Proposal proposal,
      @Size(max = ProposalDraft.STEP_MAX) String step,
      @NotBlank String authorId) {
    String content = DraftContent.write(proposal);
    ProposalDraft draft = byAuthor(authorId).orElse(null);
    if (draft == null) {
      draft = new ProposalDraft(authorId, content, step, time.now());
      em.persist(draft);
      em.flush();
    } else {
      draft.rewrite(content, step, time.now());
    }
    return saved(draft);
  }

  /** The author gives the draft up; it is gone. */
  public void discard(long draftId, @NotBlank String userId) {
    em.remove(owned(draftId, userId));
  }

  /**
   * The author submits what their draft has become: the proposal starts (checked in full, as any
   * proposal) and the draft is deleted, both or neither.
   */
  public Profile submit(@NotNull @Valid Proposal proposal, @NotBlank String authorId) {
    Profile profile = proposals.submit(proposal, authorId);
    byAuthor(authorId).ifPresent(em::remove);
    return profile;
  }

  private Optional<ProposalDraft> byAuthor(String authorId) {
    return em.createNamedQuery(ProposalDraft.BY_AUTHOR, ProposalDraft.class)
        .setParameter("authorId", authorId)
        .getResultStream()
        .findFirst();
  }

  private ProposalDraft owned(long draftId, String userId) {
    ProposalDraft draft = em.find(ProposalDraft.class, draftId);
    if (draft == null) {
      throw new NotFoundException("error.draftGone", "No draft " + draftId);
    }
    if (!draft.isAuthoredBy(userId)) {
      String message =
          "Refused: " + userId + " may not use draft " + draftId + " of another author";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return draft;
  }

  private static SavedDraft saved(ProposalDraft draft) {
    return new SavedDraft(
        draft.getId(), draft.getStep(), draft.getSavedAt(), DraftContent.read(draft.getContent()));
  }
}
