package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.proposal.boundary.DraftOf;
import fi.virkaprofiili.proposal.boundary.Proposal;
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

  @Inject private WizardDraft draft;

  /** When the changes the page opened with were saved; null when it opened with none. */
  private Instant resumedFrom;

  @Override
  protected void loaded(WorkItem task) {
    SavedDraft kept = draft.open(DraftOf.revision(getTaskId())).orElse(null);
    if (kept == null) {
      startFromSubmitted(task);
    } else {
      draft.resume(kept, WizardStep.REVIEW);
      resumedFrom = kept.getSavedAt();
    }
  }

  private void startFromSubmitted(WorkItem task) {
    draft.start(
        ProposalForm.of(Proposal.of(task.getProfile())), WizardStep.PROFILE, WizardStep.REVIEW);
    resumedFrom = null;
  }

  /** The proposer gives up the changes kept so far and starts again from what they submitted. */
  public void discardChanges() {
    if (draft.discard()) {
      startFromSubmitted(getTask());
      messages.info("revision.changesDiscarded");
    }
  }

  public WizardDraft getDraft() {
    return draft;
  }

  public Instant getResumedFrom() {
    return resumedFrom;
  }
}
