package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person who left gives way to a pseudonym in a closed profile, and only that person. */
class ProfilePseudonymisedTest {

  private static final Instant PROPOSED = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant LISTED = Instant.parse("2026-11-06T08:00:00Z");
  private static final Instant CLOSED = Instant.parse("2027-06-01T08:00:00Z");
  private static final Instant LATER = Instant.parse("2029-06-02T03:00:00Z");
  private static final Administrator SANNA =
      new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja", "sanna@example.org");
  private static final Administrator TIINA =
      new Administrator("Tiina Tiedottaja", "Tiedottaja", "tiina@example.org");
  private static final FormerPerson SANNA_LEFT =
      new FormerPerson("sanna", "Sanna Suunnittelija", "Sanna@Example.org");

  private final OrganisationUnit culture =
      new OrganisationUnit(
          "culture", "Kulttuuripalvelut", "Kulturtjänster", "Culture services", "markus");

  @Test
  void everyMentionOfThePersonGivesWayToThePseudonym() {
    Profile profile = closed();

    assertThat(profile.pseudonymise(SANNA_LEFT, "P-7f3a9c", LATER)).isTrue();

    assertThat(profile.getProposerId()).isEqualTo("P-7f3a9c");
    assertThat(profile.getAdministrators())
        .containsExactly(new Administrator("P-7f3a9c", "Kirjastonhoitaja"), TIINA);
    assertThat(profile.getAccess().getHolders())
        .isEqualTo("IT admin account, P-7f3a9c and Tiina Tiedottaja");
    assertThat(profile.getClosure().getReason()).isEqualTo("P-7f3a9c moved to the new channel");
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getActorId)
        .doesNotContain("sanna")
        .contains("P-7f3a9c", "markus", "ilkka");
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getReason)
        .noneMatch(reason -> reason != null && reason.contains("Sanna"))
        .contains("P-7f3a9c, Tiina Tiedottaja");
    assertThat(profile.getEvents())
        .last()
        .satisfies(
            event -> {
              assertThat(event.getType()).isEqualTo(ProfileEventType.PSEUDONYMISED);
              assertThat(event.getActorId()).isEqualTo(ProfileEvent.SYSTEM);
              assertThat(event.getReason()).isEqualTo("P-7f3a9c");
              assertThat(event.getOccurredAt()).isEqualTo(LATER);
            });
  }

  @Test
  void aStepsDetailNamingThePersonByUserIdGivesWayToo() {
    Profile profile = listed();
    profile.managerTasksFollowed("sanna", List.of("closureDecision"), "admin", CLOSED);
    close(profile);

    profile.pseudonymise(SANNA_LEFT, "P-7f3a9c", LATER);

    assertThat(profile.getEvents())
        .filteredOn(event -> event.getType() == ProfileEventType.MANAGER_TASKS_FOLLOWED)
        .extracting(ProfileEvent::getDetail)
        .containsExactly("P-7f3a9c closureDecision");
  }

  @Test
  void aSecondRunFindsNothingMoreAndRecordsNothing() {
    Profile profile = closed();
    profile.pseudonymise(SANNA_LEFT, "P-7f3a9c", LATER);
    int events = profile.getEvents().size();

    assertThat(profile.pseudonymise(SANNA_LEFT, "P-0000aa", LATER.plusSeconds(86_400))).isFalse();
    assertThat(profile.getEvents()).hasSize(events);
  }

  @Test
  void someoneWhoNeverTookPartLeavesTheProfileAsItWas() {
    Profile profile = closed();
    int events = profile.getEvents().size();

    boolean named =
        profile.pseudonymise(new FormerPerson("anna", "Anna Ek", "anna@example.org"), "P-1", LATER);

    assertThat(named).isFalse();
    assertThat(profile.getEvents()).hasSize(events);
    assertThat(profile.getAdministrators()).containsExactly(SANNA, TIINA);
  }

  @Test
  void aNameIsReplacedOnlyAsAWholeName() {
    FormerPerson anna = new FormerPerson("anna", "Anna Ek", "ek@example.org");

    assertThat(anna.replaceIn("Hanna Ekberg and Anna Ek, anna ek.", "P-1"))
        .isEqualTo("Hanna Ekberg and P-1, P-1.");
    assertThat(anna.replaceIn("mail: ek@example.org; not jek@example.org", "P-1"))
        .isEqualTo("mail: P-1; not jek@example.org");
  }

  @Test
  void onlyAClosedProfileIsPseudonymised() {
    Profile profile = listed();

    assertThatThrownBy(() -> profile.pseudonymise(SANNA_LEFT, "P-1", LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThat(profile.getProposerId()).isEqualTo("sanna");
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
    profile.registerAccess(
        "IT admin account, Sanna Suunnittelija and Tiina Tiedottaja", "ilkka", LISTED);
    profile.list(LISTED);
    return profile;
  }

  private Profile closed() {
    Profile profile = listed();
    profile.changeAdministrators(List.of(SANNA, TIINA), "sanna", LISTED.plusSeconds(60));
    return close(profile);
  }

  private Profile close(Profile profile) {
    profile.requestClosure("markus", "Sanna Suunnittelija moved to the new channel", CLOSED);
    profile.decideClosure(
        new Closure(
            "Sanna Suunnittelija moved to the new channel",
            LocalDate.of(2027, 6, 1),
            "https://www.example.org/",
            "markus",
            CLOSED));
    profile.announceClosure(CLOSED);
    profile.closingStepDone(ProfileEventType.CLOSURE_NOTICE_POSTED, "sanna", null, CLOSED);
    profile.markClosed(CLOSED.plusSeconds(3600));
    return profile;
  }
}
