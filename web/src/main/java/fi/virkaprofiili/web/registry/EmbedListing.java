package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.registry.boundary.RegistrySearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The listing another website embeds: the official profiles of the organisation or of one unit. */
@Named
@RequestScoped
public class EmbedListing {

  @Inject private Registry registry;

  private List<Profile> profiles = List.of();

  public void forUnit(String unitCode) {
    String unit = unitCode == null || unitCode.isBlank() || unitCode.length() > 64 ? null : unitCode.strip();
    profiles = registry.search(new RegistrySearch(null, unit, null, null, null, 0, RegistrySearch.MAX_SIZE)).profiles();
  }

  public List<Profile> getProfiles() {
    return profiles;
  }
}
