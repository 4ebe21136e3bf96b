package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listed profile: set-up, review, administrators changed, and an announced closure (R7, R8, R12,
 * R13).
 */
class ProfileInUseTest {

  private static final Instant PROPOSED = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant LISTED = Instant.parse("2026-11-06T08:00:00Z");
  private static final Instant LATER = Instant.parse("2027-05-06T08:00:00Z");
  private static final LocalDate LATER_ON = LocalDate.of(2027, 5, 6);
  private static final Administrator SANNA =
      new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja", "sanna@example.org");
  private static final Administrator TIINA = new Administrator("Tiina Tiedottaja", "Tiedottaja");

  private final OrganisationUnit culture =
      new OrganisationUnit(
          "culture", "Kulttuuripalvelut", "Kulturtjänster", "Culture services", "markus");

  @Test
  void setUpRecordsAccessAndTheAccountBeforeListing() {
    Profile profile = approved(ProfileKind.ORGANISATION, null);

    profile.registerAccess("IT admin account and both administrators", "ilkka", LISTED);
    profile.recordAccountAddress("https://www.instagram.com/kirjasto", "sanna", LISTED);
    profile.list(LISTED);

    assertThat(profile.getAccess().getRegisteredBy()).isEqualTo("ilkka");
    assertThat(profile.getAccountUrl()).isEqualTo("https://www.instagram.com/kirjasto");
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getType)
        .endsWith(
            ProfileEventType.ACCESS_REGISTERED,
            ProfileEventType.ACCOUNT_RECORDED,
            ProfileEventType.LISTED);
  }

  @Test
  void reviewIsRecordedOnlyWhileTheProfileIsInUse() {
    Profile profile = listed(ProfileKind.ORGANISATION, null);

    profile.review("sanna", "outcome=CONTINUE", LATER);

    assertThat(profile.getLastReviewedAt()).isEqualTo(LATER);
    assertThatThrownBy(() -> approved(ProfileKind.ORGANISATION, null).review("sanna", null, LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void administratorsChangeButAnOrganisationProfileKeepsSeveral() {
    Profile profile = listed(ProfileKind.ORGANISATION, null);
    Administrator pekka = new Administrator("Pekka Päivittäjä", "Kirjastovirkailija");

    assertThatThrownBy(() -> profile.changeAdministrators(List.of(pekka), "sanna", LATER))
        .isInstanceOf(IllegalArgumentException.class);
    profile.changeAdministrators(List.of(SANNA, pekka), "sanna", LATER);

    assertThat(profile.getAdministrators()).containsExactly(SANNA, pekka);
    assertThat(profile.getEvents())
        .last()
        .extracting(ProfileEvent::getType)
        .isEqualTo(ProfileEventType.ADMINISTRATORS_CHANGED);
  }

  @Test
  void theReasonOfAClosureRequestWaitsForTheDecisionUntilItIsAnswered() {
    Profile profile = listed(ProfileKind.ORGANISATION, null);
    assertThat(profile.pendingClosureRequestReason()).isEmpty();

    profile.requestClosure("markus", "Resources moved to the new channel", LATER);
    assertThat(profile.pendingClosureRequestReason())
        .contains("Resources moved to the new channel");

    profile.keep("markus", "Still needed", null, LocalDate.of(2026, 12, 1), LATER.plusSeconds(60));
    assertThat(profile.pendingClosureRequestReason()).isEmpty();
  }

  @Test
  void decidedClosureIsAnnouncedThenClosedAndKeepsItsRedirection() {
    Profile profile = listed(ProfileKind.ORGANISATION, null);
    profile.requestClosure("markus", "Resources moved", LATER);
    Closure closure =
        new Closure(
            "Resources moved",
            LocalDate.of(2027, 6, 1),
            "https://www.example.org/",
            "markus",
            LATER);

    profile.decideClosure(closure);
    assertThat(profile.getState()).isEqualTo(ProfileState.LISTED);
    assertThat(profile.isInUse()).isFalse();
    profile.announceClosure(LATER);
    profile.announceClosure(LATER.plusSeconds(60));
    assertThat(profile.getState()).isEqualTo(ProfileState.CLOSING);
    profile.closingStepDone(ProfileEventType.CLOSURE_NOTICE_POSTED, "sanna", null, LATER);
    profile.markClosed(LATER.plusSeconds(3600));
    profile.markClosed(LATER.plusSeconds(7200));

    assertThat(profile.getState()).isEqualTo(ProfileState.CLOSED);
    assertThat(profile.getClosedAt()).isEqualTo(LATER.plusSeconds(3600));
    assertThat(profile.getClosure().getRedirectUrl()).isEqualTo("https://www.example.org/");
    assertThat(profile.getEvents())
        .extracting(ProfileEvent::getType)
        .endsWith(
            ProfileEventType.CLOSURE_REQUESTED,
            ProfileEventType.CLOSURE_DECIDED,
            ProfileEventType.CLOSURE_ANNOUNCED,
            ProfileEventType.CLOSURE_NOTICE_POSTED,
            ProfileEventType.CLOSED);
  }

  @Test
  void nothingClosesWithoutADecidedClosure() {
    Profile profile = listed(ProfileKind.ORGANISATION, null);

    assertThatThrownBy(() -> profile.announceClosure(LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> profile.markClosed(LATER)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> profile.closingStepDone(ProfileEventType.ACCOUNT_CLOSED, "sanna", null, LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeptCampaignGetsANewEndOfItsActivePeriod() {
    Profile campaign = listed(ProfileKind.CAMPAIGN, LocalDate.of(2027, 3, 31));

    assertThatThrownBy(() -> campaign.keep("markus", "Still running", null, LATER_ON, LATER))
        .isInstanceOf(IllegalArgumentException.class);
    campaign.keep("markus", "Extended", LocalDate.of(2027, 12, 31), LATER_ON, LATER);

    assertThat(campaign.getCampaignEndsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(campaign.isInUse()).isTrue();
  }

  /**
   * Just after midnight in Helsinki the moment is still the previous day in UTC: the new end is
   * checked against the organisation's today that the caller passes, not the moment's UTC date.
   */
  @Test
  void aKeptCampaignEndsAfterTheOrganisationsToday() {
    Instant halfPastMidnightInHelsinki = Instant.parse("2027-05-05T21:30:00Z");
    LocalDate helsinkiToday = LocalDate.of(2027, 5, 6);

    assertThatThrownBy(
            () ->
                listed(ProfileKind.CAMPAIGN, LocalDate.of(2027, 3, 31))
                    .keep("markus", null, helsinkiToday, helsinkiToday, halfPastMidnightInHelsinki))
        .isInstanceOf(IllegalArgumentException.class);
    Profile kept = listed(ProfileKind.CAMPAIGN, LocalDate.of(2027, 3, 31));
    kept.keep("markus", null, helsinkiToday.plusDays(1), helsinkiToday, halfPastMidnightInHelsinki);
    assertThat(kept.getCampaignEndsOn()).isEqualTo(LocalDate.of(2027, 5, 7));
  }

  @Test
  void publishedTextsNameThePurposeAdministratorsAndTheClosure() {
    Profile profile = listed(ProfileKind.ORGANISATION, null);
    profile.decideClosure(
        new Closure(
            "Resources moved.",
            LocalDate.of(2027, 6, 1),
            "https://www.example.org/",
            "markus",
            LATER));

    assertThat(PublishedTexts.about(profile))
        .containsOnlyKeys(ProfileLanguage.FI, ProfileLanguage.SV);
    assertThat(PublishedTexts.about(profile).get(ProfileLanguage.FI))
        .contains(
            "Kaupunginkirjasto",
            "Kulttuuripalvelut",
            "Library news",
            "Sanna Suunnittelija (Kirjastonhoitaja)",
            "kirjaamo@example.org");
    assertThat(PublishedTexts.about(profile).get(ProfileLanguage.SV)).contains("Kulturtjänster");
    assertThat(PublishedTexts.closureAnnouncement(profile).get(ProfileLanguage.FI))
        .contains("suljetaan", "2027", "Resources moved.", "https://www.example.org/");
    assertThat(PublishedTexts.closureAnnouncement(profile).get(ProfileLanguage.SV))
        .contains("stängs", "https://www.example.org/");
  }

  private Profile approved(ProfileKind kind, LocalDate campaignEndsOn) {
    Profile profile =
        new Profile(
            ProfileTest.proposed(kind, campaignEndsOn, SANNA, TIINA),
            culture,
            "sanna",
            PROPOSED,
            LocalDate.of(2026, 11, 2));
    profile.approve("markus", PROPOSED.plusSeconds(60));
    return profile;
  }

  private Profile listed(ProfileKind kind, LocalDate campaignEndsOn) {
    Profile profile = approved(kind, campaignEndsOn);
    profile.list(LISTED);
    return profile;
  }
}
