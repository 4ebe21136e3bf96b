package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalDrafts;
import fi.virkaprofiili.proposal.boundary.SavedDraft;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * A new proposal, written in the wizard's steps and saved as a draft at every move, so that the
 * author who comes back is offered to continue where they left it, or to discard it.
 */
@Named
@ViewScoped
public class NewProposalPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalDrafts drafts;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private ProposalWizard wizard;

  /** The draft left unfinished, offered when the page opens, until the author chooses. */
  private SavedDraft offered;

  private Instant savedAt;

  public void load() {
    offered = drafts.ofAuthor(currentUser.getId()).orElse(null);
  }

  public void continueDraft() {
    if (offered == null) {
      return;
    }
    try {
      SavedDraft draft = drafts.load(offered.getId(), currentUser.getId());
      WizardStep at = WizardStep.named(draft.getStep());
      wizard.start(draft.getProposal(), at, at);
      savedAt = draft.getSavedAt();
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
    offered = null;
  }

  public void discardDraft() {
    if (offered == null) {
      return;
    }
    try {
      drafts.discard(offered.getId(), currentUser.getId());
      messages.info("draft.discarded");
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
    offered = null;
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

  public String submit() {
    if (!wizard.isReadyToSubmit()) {
      return null;
    }
    try {
      var profile = drafts.submit(wizard.getProposal(), currentUser.getId());
      messages.info("proposal.submitted", profile.getName());
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
      savedAt = drafts.save(proposal, at.name(), currentUser.getId()).getSavedAt();
      return true;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return false;
    }
  }

  public ProposalWizard getWizard() {
    return wizard;
  }

  public SavedDraft getOffered() {
    return offered;
  }

  /** When the draft was last saved; null before it first is. */
  public Instant getSavedAt() {
    return savedAt;
  }
}
