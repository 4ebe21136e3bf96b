package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A person who left is taken off a profile, even below R3, and the manager names another. */
class ProfileLeaverTest {

  private static final Instant PROPOSED = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant LEFT = Instant.parse("2026-12-01T08:00:00Z");
  private static final Administrator SANNA =
      new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja", "sanna@example.org");
  private static final Administrator TIINA = new Administrator("Tiina Tiedottaja", "Tiedottaja");

  private final OrganisationUnit culture =
      new OrganisationUnit(
          "culture", "Kulttuuripalvelut", "Kulturtjänster", "Culture services", "markus");

  @Test
  void anUndecidedProposalIsWithdrawnWhenItsProposerLeavesAndADecidedOneIsNot() {
    Profile undecided =
        new Profile(
            ProfileTest.proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
            culture,
            "sanna",
            PROPOSED,
            LocalDate.of(2026, 11, 2));

    assertThat(undecided.withdrawnAsProposerLeft("tiina", "admin", PROPOSED)).isFalse();
    assertThat(undecided.withdrawnAsProposerLeft("sanna", "admin", PROPOSED.plusSeconds(60)))
        .isTrue();
    assertThat(undecided.getState()).isEqualTo(ProfileState.WITHDRAWN);
    assertThat(undecided.getEvents())
        .last()
        .satisfies(
            event -> {
              assertThat(event.getType()).isEqualTo(ProfileEventType.PROPOSER_LEFT);
              assertThat(event.getActorId()).isEqualTo("admin");
            });
    assertThat(listed().withdrawnAsProposerLeft("sanna", "admin", PROPOSED)).isFalse();
  }

  @Test
  void theClosureOfAnExpertProfileIsAskedForWhenItsExpertLeaves() {
    Profile expert =
        new Profile(
            ProfileTest.proposed(ProfileKind.EXPERT, null, SANNA),
            culture,
            "sanna",
            PROPOSED,
            LocalDate.of(2026, 11, 2));
    expert.consent("ilkka", PROPOSED.plusSeconds(30));
    expert.approve("markus", PROPOSED.plusSeconds(60));
    expert.list(PROPOSED.plusSeconds(120));

    assertThat(expert.expertLeft("sanna", "admin", PROPOSED.plusSeconds(180))).isFalse();
    assertThat(listed().expertLeft("ilkka", "admin", PROPOSED)).isFalse();
    assertThat(expert.expertLeft("ilkka", "admin", PROPOSED.plusSeconds(180))).isTrue();
    assertThat(expert.getEvents())
        .extracting(ProfileEvent::getType)
        .endsWith(ProfileEventType.EXPERT_LEFT, ProfileEventType.CLOSURE_REQUESTED);
  }

  private Profile listed() {
    Profile profile =
        new Profile(
            ProfileTest.proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
            culture,
            "sanna",
            PROPOSED,
            LocalDate.of(2026, 11, 2));
    profile.approve("markus", PROPOSED.plusSeconds(60));
    profile.registerAccess("sanna and the IT admin account", "ilkka", PROPOSED.plusSeconds(90));
    profile.list(PROPOSED.plusSeconds(120));
    return profile;
  }

  @Test
  void aPersonWhoLeftIsTakenOffEvenBelowTheMinimumAndTheTimelineSaysSo() {
    Profile profile = listed();

    boolean removed =
        profile.administratorLeft(SANNA::equals, "Sanna Suunnittelija", "admin", LEFT);

    assertThat(removed).isTrue();
    assertThat(profile.getAdministrators()).containsExactly(TIINA);
    assertThat(profile.isBelowMinimumAdministrators()).as("R3: an organisation needs two").isTrue();
    ProfileEvent last = profile.getEvents().get(profile.getEvents().size() - 1);
    assertThat(last.getType()).isEqualTo(ProfileEventType.ADMINISTRATOR_LEFT);
    assertThat(last.getReason()).isEqualTo("Sanna Suunnittelija");
    assertThat(last.getActorId()).isEqualTo("admin");
  }

  @Test
  void someoneWhoAdministersNothingChangesNothing() {
    Profile profile = listed();
    int events = profile.getEvents().size();

    assertThat(profile.administratorLeft(a -> false, "Someone", "admin", LEFT)).isFalse();

    assertThat(profile.getAdministrators()).containsExactly(SANNA, TIINA);
    assertThat(profile.getEvents()).hasSize(events);
    assertThat(profile.isBelowMinimumAdministrators()).isFalse();
  }

  @Test
  void theManagerNamesAnotherAdministratorOnceAndNotTwice() {
    Profile profile = listed();
    profile.administratorLeft(SANNA::equals, "Sanna Suunnittelija", "admin", LEFT);
    Administrator named = new Administrator("Niko Nimetty", "Viestintäsuunnittelija");

    profile.nameAdministrator(named, "markus", LEFT.plusSeconds(60));

    assertThat(profile.getAdministrators()).containsExactly(TIINA, named);
    assertThat(profile.isBelowMinimumAdministrators()).isFalse();
    assertThat(profile.getEvents().get(profile.getEvents().size() - 1).getType())
        .isEqualTo(ProfileEventType.ADMINISTRATOR_NAMED);
    assertThatThrownBy(() -> profile.nameAdministrator(named, "markus", LEFT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itsRevocationReplacesTheRegisteredAccess() {
    Profile profile = listed();

    profile.leaversAccessRevoked("Sanna Suunnittelija", "the IT admin account", "ilkka", LEFT);

    assertThat(profile.getAccess().getHolders()).isEqualTo("the IT admin account");
    assertThat(profile.getAccess().getRegisteredAt()).isEqualTo(LEFT);
    assertThat(profile.getEvents().get(profile.getEvents().size() - 1).getReason())
        .isEqualTo("Sanna Suunnittelija: the IT admin account");
  }

  @Test
  void anEndedProfileKeepsItsAdministratorsAsTheyWere() {
    Profile profile =
        new Profile(
            ProfileTest.proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
            culture,
            "sanna",
            PROPOSED,
            LocalDate.of(2026, 11, 2));
    profile.withdraw("sanna", PROPOSED.plusSeconds(5));

    assertThat(profile.administratorLeft(SANNA::equals, "Sanna", "admin", LEFT)).isFalse();
    assertThat(profile.getAdministrators()).containsExactly(SANNA, TIINA);
    assertThatThrownBy(() -> profile.nameAdministrator(new Administrator("N", "T"), "markus", LEFT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aListedProfileWhoseOwnerLeftPassesToTheManagerAndAProposalKeepsItsProposer() {
    Profile profile = listed();

    assertThat(profile.ownerLeft("markus", "admin", LEFT)).isTrue();

    assertThat(profile.getProposerId()).isEqualTo("markus");
    ProfileEvent last = profile.getEvents().get(profile.getEvents().size() - 1);
    assertThat(last.getType()).isEqualTo(ProfileEventType.OWNER_CHANGED);
    assertThat(last.getReason()).isEqualTo("sanna → markus");

    Profile proposal =
        new Profile(
            ProfileTest.proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
            culture,
            "sanna",
            PROPOSED,
            LocalDate.of(2026, 11, 2));
    assertThat(proposal.ownerLeft("markus", "admin", LEFT))
        .as("the manager decides it, and never their own")
        .isFalse();
    assertThat(proposal.getProposerId()).isEqualTo("sanna");
  }
}
