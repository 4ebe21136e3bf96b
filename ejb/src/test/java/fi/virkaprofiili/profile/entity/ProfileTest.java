package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ProfileTest {

  private static final Instant PROPOSED = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant DECIDED = Instant.parse("2026-11-04T12:00:00Z");
  private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 11, 2);
  private static final LocalDate DECIDED_ON = LocalDate.of(2026, 11, 4);

  private final OrganisationUnit culture =
      new OrganisationUnit(
          "culture", "Kulttuuripalvelut", "Kulturtjänster", "Culture services", "markus");

  @Test
  void newProposalWaitsForDecisionAndRecordsWhoProposed() {
    Profile profile = proposal();

    assertThat(profile.getState()).isEqualTo(ProfileState.IN_DECISION);
    assertThat(profile.isProposedBy("sanna")).isTrue();
    assertThat(profile.getEvents())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getType()).isEqualTo(ProfileEventType.PROPOSED);
              assertThat(event.getActorId()).isEqualTo("sanna");
              assertThat(event.getOccurredAt()).isEqualTo(PROPOSED);
            });
  }

  @Test
  void approvedProfileIsListedWithItsHistory() {
    Profile profile = proposal();

    profile.approve("markus", DECIDED);
    profile.list(DECIDED.plusSeconds(5));

    assertThat(profile.getState()).isEqualTo(ProfileState.LISTED);
    assertThat(profile.getListedAt()).isEqualTo(DECIDED.plusSeconds(5));
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getType, ProfileEvent::getActorId)
        .containsExactly(
            Tuple.tuple(ProfileEventType.PROPOSED, "sanna"),
            Tuple.tuple(ProfileEventType.APPROVED, "markus"),
            Tuple.tuple(ProfileEventType.LISTED, ProfileEvent.SYSTEM));
  }

  @Test
  void theReasonOfAnApprovalIsKeptAsItsWhy() {
    Profile withReason = proposal();
    withReason.approve("markus", "  Fits the unit's communication plan. ", DECIDED);
    Profile withoutReason = proposal();
    withoutReason.approve("markus", " ", DECIDED);

    assertThat(withReason.getEvents().get(1))
        .extracting(ProfileEvent::getType, ProfileEvent::getReason)
        .containsExactly(ProfileEventType.APPROVED, "Fits the unit's communication plan.");
    assertThat(withoutReason.getEvents().get(1).getReason()).isNull();
  }

  @Test
  void communicationsAgreesToAnApprovedProfileOrReturnsIt() {
    Profile agreed = proposal();
    agreed.approve("markus", DECIDED);
    agreed.agree("tiina", DECIDED.plusSeconds(1));
    assertThat(agreed.getEvents().get(2).getType()).isEqualTo(ProfileEventType.AGREED);

    Profile returned = proposal();
    returned.approve("markus", DECIDED);
    returned.returnForRevision("tiina", "Add the response hours in Swedish", DECIDED);
    assertThat(returned.getState()).isEqualTo(ProfileState.PROPOSED);
    assertThat(returned.getRevisionRequest()).isEqualTo("Add the response hours in Swedish");
  }

  @Test
  void nothingIsAgreedBeforeTheManagerApproves() {
    assertThatThrownBy(() -> proposal().agree("tiina", DECIDED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectionKeepsItsReason() {
    Profile profile = proposal();

    profile.reject("markus", "  No working time set aside  ", DECIDED);

    assertThat(profile.getState()).isEqualTo(ProfileState.REJECTED);
    assertThat(profile.getEvents().get(1).getReason()).isEqualTo("No working time set aside");
  }

  @Test
  void rejectionWithoutReasonIsRefused() {
    Profile profile = proposal();

    assertThatThrownBy(() -> profile.reject("markus", " ", DECIDED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(profile.getState()).isEqualTo(ProfileState.IN_DECISION);
  }

  @Test
  void aProfileIsDecidedOnlyOnce() {
    Profile profile = proposal();
    profile.reject("markus", "Duplicate", DECIDED);

    assertThatThrownBy(() -> profile.approve("markus", DECIDED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nothingUnapprovedEntersTheRegistry() {
    Profile profile = proposal();

    assertThatThrownBy(() -> profile.list(DECIDED)).isInstanceOf(IllegalStateException.class);
    assertThat(profile.getState().isPublic()).isFalse();
  }

  @Test
  void anOrganisationProfileHasSeveralAdministrators() {
    assertThatThrownBy(
            () ->
                new Profile(
                    proposed(ProfileKind.ORGANISATION, null, SANNA),
                    culture,
                    "sanna",
                    PROPOSED,
                    PROPOSED_ON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("R3");
  }

  @Test
  void anExpertProfileIsRunByTheExpertAlone() {
    Profile expert =
        new Profile(
            proposed(ProfileKind.EXPERT, null, SANNA), culture, "sanna", PROPOSED, PROPOSED_ON);

    assertThat(expert.missingRules(PROPOSED_ON)).isEmpty();
  }

  @Test
  void anExpertProfileNamesTheEmployeeWhoseConsentItNeeds() {
    Profile.Proposed unnamed =
        new Profile.Proposed(
            "Expert",
            ProfileKind.EXPERT,
            Channel.LINKEDIN,
            proposed(ProfileKind.EXPERT, null, SANNA).plan(),
            upkeep(BigDecimal.ONE),
            List.of(SANNA),
            Set.of(ProfileLanguage.FI),
            null,
            null,
            " ");

    assertThatThrownBy(() -> new Profile(unnamed, culture, "sanna", PROPOSED, PROPOSED_ON))
        .hasMessageContaining("R5");
  }

  @Test
  void theNamedExpertConsentsOrDeclines() {
    Profile consented =
        new Profile(
            proposed(ProfileKind.EXPERT, null, SANNA), culture, "sanna", PROPOSED, PROPOSED_ON);
    assertThatThrownBy(() -> consented.consent("markus", DECIDED))
        .isInstanceOf(IllegalArgumentException.class);
    consented.consent("ilkka", DECIDED);
    assertThat(consented.getState()).isEqualTo(ProfileState.IN_DECISION);
    assertThat(consented.getEvents().get(1).getType()).isEqualTo(ProfileEventType.CONSENTED);

    Profile declined =
        new Profile(
            proposed(ProfileKind.EXPERT, null, SANNA), culture, "sanna", PROPOSED, PROPOSED_ON);
    declined.declineConsent("ilkka", "I will be on leave for a year", DECIDED);
    assertThat(declined.getState()).isEqualTo(ProfileState.REJECTED);
    assertThat(declined.getEvents().get(1).getReason()).isEqualTo("I will be on leave for a year");
  }

  @Test
  void aCampaignHasAPlannedEndAfterTheProposal() {
    assertThatThrownBy(
            () ->
                new Profile(
                    proposed(ProfileKind.CAMPAIGN, null, SANNA, TIINA),
                    culture,
                    "sanna",
                    PROPOSED,
                    PROPOSED_ON))
        .hasMessageContaining("R11");
    assertThatThrownBy(
            () ->
                new Profile(
                    proposed(ProfileKind.CAMPAIGN, LocalDate.of(2026, 11, 1), SANNA, TIINA),
                    culture,
                    "sanna",
                    PROPOSED,
                    PROPOSED_ON))
        .hasMessageContaining("R11");

    Profile campaign =
        new Profile(
            proposed(ProfileKind.CAMPAIGN, LocalDate.of(2027, 6, 30), SANNA, TIINA),
            culture,
            "sanna",
            PROPOSED,
            PROPOSED_ON);
    assertThat(campaign.getCampaignEndsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
  }

  @Test
  void noWorkingTimeNoProfile() {
    assertThatThrownBy(() -> upkeep(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> upkeep(BigDecimal.valueOf(41)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProposalAnswersThePolicysQuestions() {
    assertThatThrownBy(
            () -> new ProfilePlan("Library news", "Families", " ", "Web site", "Followers"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void proposerWithdrawsUntilTheDecision() {
    Profile profile = proposal();

    profile.withdraw("sanna", DECIDED);

    assertThat(profile.getState()).isEqualTo(ProfileState.WITHDRAWN);
    assertThat(profile.getEvents().get(1).getType()).isEqualTo(ProfileEventType.WITHDRAWN);
    assertThatThrownBy(() -> profile.approve("markus", DECIDED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyTheProposerWithdrawsAndOnlyBeforeTheDecision() {
    Profile profile = proposal();
    assertThatThrownBy(() -> profile.withdraw("markus", DECIDED))
        .isInstanceOf(IllegalArgumentException.class);

    profile.approve("markus", DECIDED);

    assertThat(profile.isWithdrawable()).isFalse();
    assertThatThrownBy(() -> profile.withdraw("sanna", DECIDED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void returnedProposalIsRevisedByItsProposerAndDecidedAgain() {
    Profile profile = proposal();

    profile.returnForRevision("markus", "Name a second administrator from the library", DECIDED);
    assertThat(profile.getState()).isEqualTo(ProfileState.PROPOSED);
    assertThat(profile.getRevisionRequest())
        .isEqualTo("Name a second administrator from the library");
    assertThat(profile.isWithdrawable()).isTrue();

    profile.revise(
        proposed(
            ProfileKind.ORGANISATION,
            null,
            SANNA,
            new Administrator("Ilkka", "Kirjastovirkailija")),
        culture,
        "sanna",
        DECIDED.plusSeconds(60),
        PROPOSED_ON);

    assertThat(profile.getState()).isEqualTo(ProfileState.IN_DECISION);
    assertThat(profile.getAdministrators())
        .extracting(Administrator::getName)
        .containsExactly("Sanna Suunnittelija", "Ilkka");
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getType)
        .containsExactly(
            ProfileEventType.PROPOSED, ProfileEventType.RETURNED, ProfileEventType.REVISED);
  }

  @Test
  void aRevisionThatBreaksThePolicyChangesNothing() {
    Profile profile = proposal();
    profile.returnForRevision("markus", "Shorter name", DECIDED);

    assertThatThrownBy(
            () ->
                profile.revise(
                    proposed(ProfileKind.ORGANISATION, null, SANNA),
                    culture,
                    "sanna",
                    DECIDED,
                    PROPOSED_ON))
        .hasMessageContaining("R3");

    assertThat(profile.getState()).isEqualTo(ProfileState.PROPOSED);
    assertThat(profile.getAdministrators()).hasSize(2);
  }

  @Test
  void onlyTheProposerRevises() {
    Profile profile = proposal();
    profile.returnForRevision("markus", "More content", DECIDED);

    assertThatThrownBy(
            () ->
                profile.revise(
                    proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
                    culture,
                    "markus",
                    DECIDED,
                    PROPOSED_ON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void incompleteProposalIsRefusedBySystem() {
    Profile profile = proposal();

    profile.refuseAsIncomplete(List.of("R3"), DECIDED);

    assertThat(profile.getState()).isEqualTo(ProfileState.REJECTED);
    assertThat(profile.getEvents().get(1).getActorId()).isEqualTo(ProfileEvent.SYSTEM);
    assertThat(profile.getEvents().get(1).getReason()).isEqualTo("R3");
  }

  /** Issue 13, defect 9: a notice not e-mailed (no mail host) is on the timeline all the same. */
  @Test
  void aNoticeIsOnTheTimelineWhetherOrNotItWasEmailed() {
    Profile profile = proposal();

    profile.noticeGiven(ProfileEventType.REMINDED, Set.of(), DECIDED);
    profile.noticeGiven(
        ProfileEventType.CLOSURE_NOTIFIED,
        Set.of("tiina@example.org", "ilkka@example.org"),
        DECIDED);

    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getType, ProfileEvent::getActorId, ProfileEvent::getReason)
        .endsWith(
            Tuple.tuple(ProfileEventType.REMINDED, ProfileEvent.SYSTEM, null),
            Tuple.tuple(
                ProfileEventType.CLOSURE_NOTIFIED,
                ProfileEvent.SYSTEM,
                "ilkka@example.org, tiina@example.org"));
    assertThatThrownBy(() -> profile.noticeGiven(ProfileEventType.APPROVED, Set.of(), DECIDED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final Administrator SANNA =
      new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja");
  private static final Administrator TIINA = new Administrator("Tiina Tiedottaja", "Tiedottaja");

  /** R13: an account already in use is listed as it stands, if it meets what a proposal meets. */
  @Test
  void anExistingAccountIsListedAtOnceWhenItMeetsTheRulesOfAProposal() {
    Profile.Proposed named =
        withAccount(
            proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
            "https://www.instagram.com/museo/");

    Profile existing = Profile.existing(named, culture, "tiina", DECIDED, DECIDED_ON);

    assertThat(existing.getState()).isEqualTo(ProfileState.LISTED);
    assertThat(existing.getListedAt()).isEqualTo(DECIDED);
    assertThat(existing.getProposerId()).isEqualTo("tiina");
    assertThat(existing.isInUse()).isTrue();
    assertThatThrownBy(
            () ->
                Profile.existing(
                    withAccount(
                        proposed(ProfileKind.ORGANISATION, null, SANNA),
                        "https://www.instagram.com/museo/"),
                    culture,
                    "tiina",
                    DECIDED,
                    DECIDED_ON))
        .as("R3 holds for existing accounts too")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Profile.existing(
                    proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
                    culture,
                    "tiina",
                    DECIDED,
                    DECIDED_ON))
        .as("an existing account names its address")
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Profile.Proposed withAccount(Profile.Proposed p, String url) {
    return new Profile.Proposed(
        p.name(),
        p.kind(),
        p.channel(),
        p.plan(),
        p.upkeep(),
        p.administrators(),
        p.languages(),
        p.campaignEndsOn(),
        url,
        p.expertId());
  }

  private Profile proposal() {
    return new Profile(
        proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA),
        culture,
        "sanna",
        PROPOSED,
        PROPOSED_ON);
  }

  static Profile.Proposed proposed(
      ProfileKind kind, LocalDate campaignEndsOn, Administrator... administrators) {
    return new Profile.Proposed(
        "Kaupunginkirjasto",
        kind,
        Channel.INSTAGRAM,
        new ProfilePlan(
            "Library news",
            "Families",
            "Events and reading tips",
            "Library web site",
            "Followers, feedback"),
        upkeep(BigDecimal.valueOf(4)),
        List.of(administrators),
        Set.of(ProfileLanguage.FI, ProfileLanguage.SV),
        campaignEndsOn,
        null,
        kind == ProfileKind.EXPERT ? "ilkka" : null);
  }

  private static Upkeep upkeep(BigDecimal hoursPerWeek) {
    return new Upkeep(
        hoursPerWeek,
        UpdateFrequency.SEVERAL_TIMES_A_WEEK,
        "Answered on weekdays",
        "Weekdays 8-16",
        "kirjaamo@example.org",
        "https://help.instagram.com/terms",
        LocalDate.of(2026, 10, 30));
  }
}
