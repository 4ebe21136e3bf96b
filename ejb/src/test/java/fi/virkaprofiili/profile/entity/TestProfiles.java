package fi.virkaprofiili.profile.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A complete proposal, for tests of other packages (and of web/, through ejb's test jar) that need
 * a real profile.
 */
public final class TestProfiles {

  private TestProfiles() {}

  public static Profile proposal(OrganisationUnit unit, String proposerId, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return new Profile(
        new Profile.Proposed(
            "Kaupunginkirjasto",
            ProfileKind.ORGANISATION,
            Channel.INSTAGRAM,
            new ProfilePlan(
                "Library news",
                "Families",
                "Events and reading tips",
                "Library web site",
                "Followers, feedback"),
            new Upkeep(
                BigDecimal.valueOf(4),
                UpdateFrequency.SEVERAL_TIMES_A_WEEK,
                "Answered on weekdays",
                "Weekdays 8-16",
                "kirjaamo@example.org",
                "https://help.instagram.com/terms",
                day.minusDays(3)),
            List.of(
                new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja"),
                new Administrator("Tiina Tiedottaja", "Tiedottaja")),
            Set.of(ProfileLanguage.FI, ProfileLanguage.SV),
            null,
            null,
            null),
        unit,
        proposerId,
        at,
        day);
  }
}
