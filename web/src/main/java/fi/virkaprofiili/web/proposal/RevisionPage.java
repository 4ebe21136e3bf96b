package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.platform.Violations;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.web.worklist.TaskPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The proposer's revision of a returned proposal: the form, filled in, with the manager's request. */
@Named
@ViewScoped
public class RevisionPage extends TaskPage {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;
  @Inject private Violations violations;

  private Proposal proposal;

  @Override
  protected void loaded(WorkItem task) {
    proposal = Proposal.of(task.getProfile());
  }

  public String resubmit() {
    if (!violations.isValid(proposal)) {
      return null;
    }
    try {
      var profile = proposals.revise(getTaskId(), proposal, currentUser.getId());
      messages.info("proposal.resubmitted", profile.getName());
      return "/portal/proposals/mine.xhtml?faces-redirect=true";
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public Proposal getProposal() {
    return proposal;
  }
}
