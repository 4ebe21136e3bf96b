package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.web.worklist.TaskPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The proposer's revision of a returned proposal: the wizard's steps, filled in and all open, with
 * the manager's request above them. Nothing is kept between steps: the proposal itself is what
 * waits, until it is resubmitted.
 */
@Named
@ViewScoped
public class RevisionPage extends TaskPage {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;
  @Inject private ProposalWizard wizard;

  @Override
  protected void loaded(WorkItem task) {
    wizard.start(Proposal.of(task.getProfile()), WizardStep.PROFILE, WizardStep.REVIEW);
  }

  public void next() {
    wizard.next(RevisionPage::stayOnPage);
  }

  public void back() {
    wizard.back(RevisionPage::stayOnPage);
  }

  public void goTo(WizardStep step) {
    wizard.moveTo(step, RevisionPage::stayOnPage);
  }

  public String submit() {
    if (!wizard.isReadyToSubmit()) {
      return null;
    }
    try {
      var profile = proposals.revise(getTaskId(), wizard.getProposal(), currentUser.getId());
      messages.info("proposal.resubmitted", profile.getName());
      return "/portal/proposals/mine.xhtml?faces-redirect=true";
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  /** The revision lives in the view until it is resubmitted. */
  private static boolean stayOnPage(Proposal proposal, WizardStep at) {
    return true;
  }

  public ProposalWizard getWizard() {
    return wizard;
  }

  public Instant getSavedAt() {
    return null;
  }

  public boolean isDraftKept() {
    return false;
  }
}
