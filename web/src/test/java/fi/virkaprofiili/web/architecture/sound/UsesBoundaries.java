package fi.virkaprofiili.web.architecture.sound;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;

/** Reads a profile through its boundary, checks a role, and tells of a business refusal. */
public class UsesBoundaries {

  public String name(ProposalService proposals, long profileId) {
    try {
      Profile profile = proposals.profile(profileId);
      return Roles.COMMUNICATIONS + ": " + profile.getName();
    } catch (BusinessException e) {
      return e.getMessage();
    }
  }
}
