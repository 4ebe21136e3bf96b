package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.RevisionDrafts;
import fi.virkaprofiili.proposal.boundary.SavedDraft;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The proposer's revision of a returned proposal: the wizard's steps, filled in and all open, with
 * the manager's request above them. The changes are saved as a draft of this task at every move, so
 * that the proposer who opens the task again continues where they left it, or starts again from the
 * proposal as submitted.
 */
@Named
@ViewScoped
public class RevisionPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private RevisionDrafts drafts;
  @Inject private ProposalWizard wizard;

  private Instant savedAt;

  /** When the changes the page opened with were saved; null when it opened with none. */
  private Instant resumedFrom;

  @Override
  protected void loaded(WorkItem task) {
    SavedDraft draft = drafts.of(getTaskId(), currentUser.getId()).orElse(null);
    if (draft == null) {
      startFromSubmitted(task);
    } else {
      wizard.start(draft.getProposal(), WizardStep.named(draft.getStep()), WizardStep.REVIEW);
      savedAt = draft.getSavedAt();
      resumedFrom = draft.getSavedAt();
    }
  }

  private void startFromSubmitted(WorkItem task) {
    wizard.start(Proposal.of(task.getProfile()), WizardStep.PROFILE, WizardStep.REVIEW);
    savedAt = null;
    resumedFrom = null;
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

  /** The proposer gives up the changes kept so far and starts again from what they submitted. */
  public void discardChanges() {
    try {
      drafts.discard(getTaskId(), currentUser.getId());
      startFromSubmitted(getTask());
      messages.info("revision.changesDiscarded");
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  public String submit() {
    if (!wizard.isReadyToSubmit()) {
      return null;
    }
    try {
      var profile = drafts.submit(getTaskId(), wizard.getProposal(), currentUser.getId());
      messages.info("proposal.resubmitted", profile.getName());
      return "/portal/proposals/mine.xhtml?faces-redirect=true";
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  /** One save at a time, as on a new proposal: an autosave and a click may arrive together. */
  private synchronized boolean keep(Proposal proposal, WizardStep at) {
    try {
      savedAt = drafts.save(getTaskId(), proposal, at.name(), currentUser.getId()).getSavedAt();
      return true;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return false;
    }
  }

  public ProposalWizard getWizard() {
    return wizard;
  }

  /** When the changes were last saved; null while the page shows the proposal as submitted. */
  public Instant getSavedAt() {
    return savedAt;
  }

  public Instant getResumedFrom() {
    return resumedFrom;
  }

  public boolean isDraftKept() {
    return true;
  }
}
