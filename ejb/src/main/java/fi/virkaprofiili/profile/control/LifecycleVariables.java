package fi.virkaprofiili.profile.control;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Profile;
import java.util.HashMap;
import java.util.Map;

/** The variables {@code profile-lifecycle} routes a profile by, from the profile itself. */
public final class LifecycleVariables {

  private LifecycleVariables() {}

  /**
   * Who decides and how: the unit's manager, the kind, the expert, a campaign's end (R4, R5, R11).
   */
  public static Map<String, Object> routing(Profile profile) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_UNIT_MANAGER, profile.getUnit().deciderFor(profile.getProposerId()));
    variables.put(VAR_KIND, profile.getKind().name());
    variables.put(VAR_EXPERT, profile.getExpertId());
    variables.put(VAR_CHANNEL, profile.getChannel().name());
    if (profile.getCampaignEndsOn() != null) {
      variables.put(VAR_CAMPAIGN_ENDS_ON, OrganisationTime.endOf(profile.getCampaignEndsOn()));
    }
    return variables;
  }

  /** Everything, for a process that starts with the profile already known. */
  public static Map<String, Object> all(Profile profile) {
    Map<String, Object> variables = routing(profile);
    variables.put(VAR_PROFILE_ID, profile.getId());
    variables.put(VAR_PROPOSER, profile.getProposerId());
    return variables;
  }
}
