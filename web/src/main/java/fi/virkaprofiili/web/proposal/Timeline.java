package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.profile.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** A profile's history as sentences in the page's language, oldest first. */
@Named
@ApplicationScoped
public class Timeline {

  public List<TimelineEntry> of(Profile profile) {
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return profile.getEvents().stream().map(event -> TimelineEntry.of(event, language)).toList();
  }
}
