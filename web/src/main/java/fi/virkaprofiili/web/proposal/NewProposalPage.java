package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The proposal form. */
@Named
@ViewScoped
public class NewProposalPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private Violations violations;

  private final Proposal proposal = new Proposal();

  public String submit() {
    if (!violations.isValid(proposal)) {
      return null;
    }
    try {
      var profile = proposals.submit(proposal, currentUser.getId());
      messages.info("proposal.submitted", profile.getName());
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
