package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.registry.boundary.Registry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public registry page: no sign-in, for citizens to verify accounts (R9). */
@Named
@RequestScoped
public class RegistryPage {

  @Inject private Registry registry;

  private List<Profile> profiles;

  @PostConstruct
  void load() {
    profiles = registry.publicProfiles();
  }

  public List<Profile> getProfiles() {
    return profiles;
  }
}
