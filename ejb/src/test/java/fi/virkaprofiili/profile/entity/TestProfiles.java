package fi.virkaprofiili.profile.entity;

import java.time.Instant;
import java.time.LocalDate;

/** A complete proposal, for tests of other packages that need a real profile. */
public final class TestProfiles {

  private TestProfiles() {}

  public static Profile proposal(OrganisationUnit unit, String proposerId, Instant at) {
    return new Profile(
        ProfileTest.proposed(
            ProfileKind.ORGANISATION,
            null,
            new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja"),
            new Administrator("Tiina Tiedottaja", "Tiedottaja")),
        unit,
        proposerId,
        at,
        LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
  }
}
