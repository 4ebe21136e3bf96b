package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.organisation.boundary.OrganisationUnits;
import fi.virkaprofiili.organisation.entity.OrganisationUnit;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The proposal form. */
@Named
@ViewScoped
public class NewProposalPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;
  @Inject private OrganisationUnits units;
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

  public List<OrganisationUnit> getUnits() {
    return units.all();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public ProfileKind[] getKinds() {
    return ProfileKind.values();
  }

  public UpdateFrequency[] getUpdateFrequencies() {
    return UpdateFrequency.values();
  }

  public ProfileLanguage[] getLanguages() {
    return ProfileLanguage.values();
  }

  public void addAdministrator() {
    proposal.addAdministrator();
  }
}
