package fi.virkaprofiili.web.architecture.broken;

import fi.virkaprofiili.profile.control.LifecycleVariables;
import fi.virkaprofiili.profile.entity.Profile;
import java.util.Map;

/** A page that works out process variables itself, from an ejb control package. */
public class ReachesControl {

  public Map<String, Object> variables(Profile profile) {
    return LifecycleVariables.routing(profile);
  }
}
