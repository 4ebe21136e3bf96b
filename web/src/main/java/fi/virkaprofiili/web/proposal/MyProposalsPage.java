package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "My proposals": what the signed-in person has proposed and where each stands. */
@Named
@RequestScoped
public class MyProposalsPage {

  @Inject private ProposalService proposals;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private List<Profile> profiles;

  @PostConstruct
  void load() {
    profiles = proposals.proposedBy(currentUser.getId());
  }

  public List<Profile> getProfiles() {
    return profiles;
  }

  public String withdraw(long profileId) {
    try {
      proposals.withdraw(profileId, currentUser.getId());
      messages.info("proposal.withdrawn");
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
    return "/portal/proposals/mine.xhtml?faces-redirect=true";
  }
}
