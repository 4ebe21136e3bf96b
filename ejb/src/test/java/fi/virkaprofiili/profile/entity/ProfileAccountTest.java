package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.profile.entity.account.AccountElsewhere;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The account a profile names is an account on its own service, whichever way it names one
 * (proposal, revision, set-up, import), and the profile holds it while it is live (issue 13, defect
 * 1; issue 14, hole 3).
 */
class ProfileAccountTest {

  private static final Instant PROPOSED = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant DECIDED = Instant.parse("2026-11-04T12:00:00Z");
  private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 11, 2);
  private static final Administrator SANNA =
      new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja");
  private static final Administrator TIINA = new Administrator("Tiina Tiedottaja", "Tiedottaja");

  /** The listed address of another demo profile, on another service: the example. */
  private static final String FACEBOOK_DEMO = "https://www.facebook.com/kaupunkitiedottaa.demo";

  private static final String EVIL = "https://evil.example/login?next=official";

  private final OrganisationUnit culture =
      new OrganisationUnit(
          "culture", "Kulttuuripalvelut", "Kulturtjänster", "Culture services", "markus");

  @Test
  void setUpRecordsAnAccountOnTheProfilesOwnServiceAndItsKey() {
    Profile profile = approved(Channel.INSTAGRAM);

    profile.recordAccountAddress("https://www.instagram.com/Kirjasto/?hl=fi", "sanna", DECIDED);

    assertThat(profile.getAccountUrl()).isEqualTo("https://www.instagram.com/Kirjasto/?hl=fi");
    assertThat(profile.getAccountKey()).isEqualTo("instagram:kirjasto");
    assertThat(profile.getLiveAccountKey()).isEqualTo("instagram:kirjasto");
  }

  @Test
  void setUpRefusesAnAccountOnAnotherServiceAndChangesNothing() {
    Profile profile = approved(Channel.INSTAGRAM);
    int events = profile.getEvents().size();

    assertThatThrownBy(() -> profile.recordAccountAddress(FACEBOOK_DEMO, "sanna", DECIDED))
        .isInstanceOfSatisfying(
            AccountElsewhere.class,
            refusal -> {
              assertThat(refusal.messageKey()).isEqualTo("account.otherService");
              assertThat(refusal.service()).isEqualTo(Channel.INSTAGRAM);
              assertThat(refusal.foundOn()).isEqualTo(Channel.FACEBOOK);
              assertThat(refusal.messageArguments())
                  .containsExactly(Channel.INSTAGRAM, Channel.FACEBOOK);
            });
    assertThat(profile.getAccountUrl()).isNull();
    assertThat(profile.getAccountKey()).isNull();
    assertThat(profile.getLiveAccountKey()).isNull();
    assertThat(profile.getEvents()).hasSize(events);
  }

  /**
   * Issue 14, hole 3: any http(s) address could be recorded, and verify then answered OFFICIAL for
   * it. On no known service is it an account, so no profile there holds its key, and the registry,
   * which verifies by the keys its profiles hold, has nothing to call official.
   */
  @Test
  void anAddressThatIsNoAccountOnAnyKnownServiceIsNeverRecorded() {
    String evilKey = AccountAddress.parse(EVIL).orElseThrow().key();
    for (Channel service :
        Arrays.stream(Channel.values()).filter(c -> c != Channel.OTHER).toList()) {
      Profile profile = approved(service);

      assertThatThrownBy(() -> profile.recordAccountAddress(EVIL, "sanna", DECIDED))
          .as(service.name())
          .isInstanceOfSatisfying(
              AccountElsewhere.class,
              refusal -> assertThat(refusal.messageKey()).isEqualTo("account.notAnAccount"));
      assertThat(profile.getAccountKey()).as(service.name()).isNull();
      assertThatThrownBy(
              () -> new Profile(proposed(service, EVIL), culture, "sanna", PROPOSED, PROPOSED_ON))
          .as(service.name())
          .isInstanceOf(AccountElsewhere.class);
    }
    assertThat(evilKey).startsWith("other:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.instagram.com/wrongchannel",
        "https://help.instagram.com/581066165581870",
        "javascript:alert(1)",
        "@kaupunki@mastodon.social"
      })
  void aProposalNamesNoAccountButOneOnItsService(String address) {
    assertThatThrownBy(
            () ->
                new Profile(
                    proposed(Channel.FACEBOOK, address), culture, "sanna", PROPOSED, PROPOSED_ON))
        .isInstanceOf(AccountElsewhere.class);
  }

  @Test
  void anImportedAccountIsOnItsOwnService() {
    assertThatThrownBy(
            () ->
                Profile.existing(
                    proposed(Channel.INSTAGRAM, FACEBOOK_DEMO),
                    culture,
                    "tiina",
                    DECIDED,
                    PROPOSED_ON))
        .isInstanceOf(AccountElsewhere.class);

    Profile existing =
        Profile.existing(
            proposed(Channel.FACEBOOK, FACEBOOK_DEMO), culture, "tiina", DECIDED, PROPOSED_ON);

    assertThat(existing.getLiveAccountKey()).isEqualTo("facebook:kaupunkitiedottaa.demo");
  }

  @Test
  void aRevisionThatNamesAnotherServicesAccountChangesNothing() {
    Profile profile =
        new Profile(
            proposed(Channel.INSTAGRAM, "https://www.instagram.com/kirjasto"),
            culture,
            "sanna",
            PROPOSED,
            PROPOSED_ON);
    profile.returnForRevision("markus", "Name the account", DECIDED);

    assertThatThrownBy(
            () ->
                profile.revise(
                    proposed(Channel.INSTAGRAM, FACEBOOK_DEMO),
                    culture,
                    "sanna",
                    DECIDED,
                    PROPOSED_ON))
        .isInstanceOf(AccountElsewhere.class);
    assertThat(profile.getAccountUrl()).isEqualTo("https://www.instagram.com/kirjasto");
    assertThat(profile.getLiveAccountKey()).isEqualTo("instagram:kirjasto");
    assertThat(profile.getState()).isEqualTo(ProfileState.PROPOSED);
  }

  /** A profile on a service the registry does not know takes an address on no known service. */
  @Test
  void aProfileOnAnotherServiceNamesNoAccountOfAKnownOne() {
    Profile other =
        new Profile(
            proposed(Channel.OTHER, "https://foorumi.kaupunki.fi/kirjasto"),
            culture,
            "sanna",
            PROPOSED,
            PROPOSED_ON);

    assertThat(other.getAccountKey()).isEqualTo("other:foorumi.kaupunki.fi/kirjasto");
    assertThatThrownBy(
            () ->
                new Profile(
                    proposed(Channel.OTHER, "https://www.instagram.com/kirjasto"),
                    culture,
                    "sanna",
                    PROPOSED,
                    PROPOSED_ON))
        .isInstanceOf(AccountElsewhere.class);
  }

  /**
   * One live profile per account: a profile holds its key until it is closed, rejected or
   * withdrawn.
   */
  @Test
  void aProfileHoldsItsAccountWhileLiveAndFreesItWhenClosed() {
    Profile withdrawn = proposal("https://www.instagram.com/kirjasto");
    assertThat(withdrawn.getLiveAccountKey()).isEqualTo("instagram:kirjasto");
    withdrawn.withdraw("sanna", DECIDED);
    assertThat(withdrawn.getLiveAccountKey()).isNull();

    Profile rejected = proposal("https://www.instagram.com/kirjasto");
    rejected.reject("markus", "Not needed", DECIDED);
    assertThat(rejected.getLiveAccountKey()).isNull();

    Profile closed = approved(Channel.INSTAGRAM);
    closed.recordAccountAddress("https://www.instagram.com/kirjasto", "sanna", DECIDED);
    closed.list(DECIDED);
    closed.decideClosure(
        new Closure(
            "Resources moved",
            LocalDate.of(2026, 12, 1),
            "https://www.example.org/",
            "markus",
            DECIDED));
    closed.announceClosure(DECIDED);
    assertThat(closed.getLiveAccountKey()).as("closing, it still holds it").isNotNull();
    closed.markClosed(DECIDED);
    assertThat(closed.getLiveAccountKey()).isNull();
    assertThat(closed.getAccountKey())
        .as("the registry still finds the closed listing with its redirection")
        .isEqualTo("instagram:kirjasto");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://www.example.org/",
        "https://192.168.1.10/",
        "https://[fe80::1]/",
        "https://localhost/",
        "https://kirjasto.localhost/",
        "https://intranet/",
        "https://admin:salasana@www.example.org/"
      })
  void aClosureRedirectsToAPublicHttpsAddressOnly(String redirection) {
    assertThatThrownBy(
            () ->
                new Closure(
                    "Resources moved", LocalDate.of(2026, 12, 1), redirection, "markus", DECIDED))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refusal -> assertThat(refusal.messageKey()).isEqualTo("closure.redirectUrl.public"));
  }

  private Profile proposal(String accountUrl) {
    return new Profile(
        proposed(Channel.INSTAGRAM, accountUrl), culture, "sanna", PROPOSED, PROPOSED_ON);
  }

  private Profile approved(Channel service) {
    Profile profile = new Profile(proposed(service, null), culture, "sanna", PROPOSED, PROPOSED_ON);
    profile.approve("markus", DECIDED);
    return profile;
  }

  private static Profile.Proposed proposed(Channel service, String accountUrl) {
    Profile.Proposed p = ProfileTest.proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA);
    return new Profile.Proposed(
        p.name(),
        p.kind(),
        service,
        p.plan(),
        p.upkeep(),
        p.administrators(),
        p.languages(),
        p.campaignEndsOn(),
        accountUrl,
        p.expertId());
  }
}
