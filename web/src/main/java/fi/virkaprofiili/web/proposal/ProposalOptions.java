package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The choices the proposal form offers, for both a new proposal and a revision. */
@Named
@RequestScoped
public class ProposalOptions {

  @Inject private OrganisationUnits units;

  private List<OrganisationUnit> unitList;

  public List<OrganisationUnit> getUnits() {
    if (unitList == null) {
      unitList = units.all();
    }
    return unitList;
  }

  /** The name of the unit with this code in the language given; the code when it is not known. */
  public String unitName(String code, Locale locale) {
    return getUnits().stream()
        .filter(unit -> unit.getCode().equals(code))
        .findFirst()
        .map(unit -> unit.name(locale))
        .orElse(code);
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
}
