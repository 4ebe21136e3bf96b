package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** A profile's history as sentences in the page's language, oldest first. */
@Named
@ApplicationScoped
public class Timeline {

  @Inject private OrganisationUnits units;

  public List<TimelineEntry> of(Profile profile) {
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return profile.getEvents().stream()
        .map(event -> TimelineEntry.of(event, language, code -> unitName(code, language)))
        .toList();
  }

  /** A unit by its name in the reader's language; by its code should it be unknown. */
  private String unitName(String code, Locale language) {
    try {
      return units.byCode(code).name(language);
    } catch (NotFoundException unknown) {
      return code;
    }
  }
}
