package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.proposal.boundary.DraftOf;
import fi.virkaprofiili.proposal.boundary.Drafts;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.SavedDraft;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * The wizard of a proposal page with its draft behind it, for a new proposal and a revision alike:
 * every move the user makes keeps what they typed as their draft, so that closing the browser loses
 * nothing; submitting sends the proposal and the draft goes with it. The proposal wizard's template
 * binds its buttons here; the page says only what the draft is of and where it starts.
 */
@Dependent
public class WizardDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Drafts drafts;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private ProposalWizard wizard;

  private DraftOf of = DraftOf.newProposal();
  private Instant savedAt;

  /** Works on the user's draft of this from now on; returns what they kept of it, if anything. */
  public Optional<SavedDraft> open(DraftOf draftOf) {
    this.of = draftOf;
    return drafts.of(draftOf, currentUser.getId());
  }

  /** Continues a kept draft at its step, with every step up to {@code reached} open. */
  public void resume(SavedDraft draft, WizardStep reached) {
    WizardStep at = WizardStep.named(draft.getStep());
    wizard.start(ProposalForm.of(draft.getProposal()), at, reached == null ? at : reached);
    savedAt = draft.getSavedAt();
  }

  /** Continues the draft of this id, read again: it may have changed since it was offered. */
  public void resume(long draftId) {
    try {
      resume(drafts.load(draftId, currentUser.getId()), null);
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  /** Starts from a form with nothing kept yet. */
  public void start(ProposalForm form, WizardStep at, WizardStep reached) {
    wizard.start(form, at, reached);
    savedAt = null;
  }

  public void next() {
    wizard.next(this::keep);
  }

  public void back() {
    wizard.back(this::keep);
  }

  public void goTo(WizardStep step) {
    wizard.moveTo(step, this::keep);
  }

  /** Called as the user changes a field, so that closing the browser loses nothing. */
  public void autosave() {
    wizard.keepQuietly(this::keep);
  }

  public void saveDraft() {
    if (wizard.stay(this::keep)) {
      messages.info("draft.saved");
    }
  }

  /** The user gives up what they kept; false when the boundary refused, which the page says. */
  public boolean discard() {
    try {
      drafts.discard(of, currentUser.getId());
      savedAt = null;
      return true;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return false;
    }
  }

  /** Sends the proposal, or the revision, once every step is complete; the draft goes with it. */
  public String submit() {
    if (!wizard.isReadyToSubmit()) {
      return null;
    }
    try {
      var profile = drafts.submit(of, wizard.toProposal(), currentUser.getId());
      messages.info(
          of.isRevision() ? "proposal.resubmitted" : "proposal.submitted", profile.getName());
      return "/portal/proposals/mine.xhtml?faces-redirect=true";
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  /**
   * One save at a time: a field's autosave and the move the user clicked arrive together, and the
   * second must find the draft the first created.
   */
  private synchronized boolean keep(Proposal proposal, WizardStep at) {
    try {
      savedAt = drafts.save(of, proposal, at.name(), currentUser.getId()).getSavedAt();
      return true;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return false;
    }
  }

  public ProposalWizard getWizard() {
    return wizard;
  }

  /** When the draft was last saved; null before it first is. */
  public Instant getSavedAt() {
    return savedAt;
  }
}
