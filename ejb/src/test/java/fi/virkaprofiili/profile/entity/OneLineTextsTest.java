package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whatever path reaches the profile, its name and administrators stay on one line each. */
class OneLineTextsTest {

  private static final Administrator SANNA = new Administrator("Sanna S", "Librarian");
  private static final Administrator TIINA = new Administrator("Tiina T", "Press officer");

  @Test
  void aProfileNameWithALineBreakIsRefused() {
    Profile.Proposed good = ProfileTest.proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA);
    Profile.Proposed forged =
        new Profile.Proposed(
            "Kirjasto\r\nOpen it: https://evil.example/",
            good.kind(),
            good.channel(),
            good.plan(),
            good.upkeep(),
            good.administrators(),
            good.languages(),
            good.campaignEndsOn(),
            good.accountUrl(),
            good.expertId());

    assertThatThrownBy(
            () ->
                new Profile(
                    forged,
                    new OrganisationUnit(
                        "culture",
                        "Kulttuuripalvelut",
                        "Kulturtjänster",
                        "Culture services",
                        "markus"),
                    "sanna",
                    Instant.parse("2026-11-02T08:00:00Z"),
                    LocalDate.of(2026, 11, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void anAdministratorsNameJobTitleAndAddressAreOneLineEach() {
    assertThatThrownBy(() -> new Administrator("Sanna\nS", "Librarian"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Administrator("Sanna S", "Librarian\u0000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Administrator("Sanna S", "Librarian", "s@example.org\r\nBcc: x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
