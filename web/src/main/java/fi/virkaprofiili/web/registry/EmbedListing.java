package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.registry.boundary.RegistrySearch;
import fi.virkaprofiili.web.platform.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The listing another website embeds: the official profiles of the organisation or of one unit. */
@Named
@RequestScoped
public class EmbedListing {

  @Inject private Registry registry;

  private List<Profile> profiles = List.of();
  private Locale locale;

  public void forUnit(String unitCode) {
    String unit =
        unitCode == null || unitCode.isBlank() || unitCode.length() > 64 ? null : unitCode.strip();
    profiles =
        registry
            .search(new RegistrySearch(null, unit, null, null, null, 0, RegistrySearch.MAX_SIZE))
            .profiles();
  }

  /**
   * The language of the listing: {@code ?lang=sv} for the Swedish pages of the organisation's own
   * site, else as any page; never a session, which an embedded listing does not need.
   */
  public Locale getLocale() {
    if (locale == null) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      String asked = external.getRequestParameterMap().get("lang");
      locale =
          asked != null && LocaleSelection.LANGUAGES.contains(asked)
              ? Locale.forLanguageTag(asked)
              : LocaleSelection.initialLocale(external);
    }
    return locale;
  }

  public List<Profile> getProfiles() {
    return profiles;
  }
}
