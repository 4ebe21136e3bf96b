package fi.virkaprofiili.web.api;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.web.platform.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** A profile's public listing as JSON: what the registry page shows of it, and nothing more. */
final class Listings {

  private Listings() {}

  static JsonObjectBuilder of(Profile profile) {
    JsonObjectBuilder listing =
        JsonBuilders.object()
            .add("id", profile.getId())
            .add("name", profile.getName())
            .add("state", profile.getState().name())
            .add("channel", profile.getChannel().name())
            .add("unit", profile.getUnit().getCode());
    addIfPresent(listing, "address", profile.getAccountUrl());
    addIfPresent(listing, "purpose", profile.getPurpose());
    JsonArrayBuilder languages = JsonBuilders.array();
    profile.getLanguages().stream().map(ProfileLanguage::name).sorted().forEach(languages::add);
    listing.add("languages", languages);
    if (profile.getUpkeep() != null) {
      addIfPresent(listing, "responseTimePromise", profile.getUpkeep().getResponseTimePromise());
      addIfPresent(listing, "officialContact", profile.getUpkeep().getOfficialContact());
    }
    if (profile.getClosure() != null) {
      listing.add("closingOn", profile.getClosure().getClosingOn().toString());
      listing.add("redirectUrl", profile.getClosure().getRedirectUrl());
    }
    return listing;
  }

  private static void addIfPresent(JsonObjectBuilder listing, String name, String value) {
    if (value != null) {
      listing.add(name, value);
    }
  }
}
