package fi.virkaprofiili.profile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 14: the "about" text comes in a version that fits each service's description,
 * says its length and the limit, in Finnish, Swedish and English.
 */
class PublishedTextsTest {

  private static final Administrator SANNA =
      new Administrator("Sanna Suunnittelija", "Kirjastonhoitaja");
  private static final Administrator TIINA = new Administrator("Tiina Tiedottaja", "Tiedottaja");

  private final OrganisationUnit culture =
      new OrganisationUnit(
          "culture", "Kulttuuripalvelut", "Kulturtjänster", "Culture services", "markus");

  @Test
  void theLimitsAreTheServicesOwn() {
    assertThat(BioLimits.of(Channel.INSTAGRAM)).hasValue(150);
    assertThat(BioLimits.of(Channel.X)).hasValue(160);
    assertThat(BioLimits.of(Channel.FACEBOOK)).hasValue(255);
    assertThat(BioLimits.of(Channel.TIKTOK)).hasValue(80);
    assertThat(BioLimits.of(Channel.MASTODON)).hasValue(500);
    assertThat(BioLimits.of(Channel.OTHER)).isEmpty();
  }

  @Test
  void anInstagramBioDropsTheAdministratorsButKeepsPurposeAndContact() {
    Profile profile = on(Channel.INSTAGRAM);
    String full = PublishedTexts.about(profile).get(ProfileLanguage.FI);

    AboutText fi = PublishedTexts.aboutForService(profile).get(ProfileLanguage.FI);

    assertThat(BioLimits.length(full)).isGreaterThan(150);
    assertThat(fi.limit()).isEqualTo(150);
    assertThat(fi.shortened()).isTrue();
    assertThat(fi.length()).isEqualTo(fi.text().length()).isLessThanOrEqualTo(150);
    assertThat(fi.text())
        .contains("Kaupunginkirjasto", "Library news", "kirjaamo@example.org")
        .doesNotContain("Sanna");
  }

  @Test
  void aTikTokBioFitsEightyCharactersInEveryLanguage() {
    Map<ProfileLanguage, AboutText> texts = PublishedTexts.aboutForService(on(Channel.TIKTOK));

    assertThat(texts).containsOnlyKeys(ProfileLanguage.FI, ProfileLanguage.SV, ProfileLanguage.EN);
    texts
        .values()
        .forEach(
            text -> {
              assertThat(text.length()).isLessThanOrEqualTo(80);
              assertThat(text.limit()).isEqualTo(80);
              assertThat(text.shortened()).isTrue();
            });
    assertThat(texts.get(ProfileLanguage.FI).text())
        .isEqualTo("Kohteen Kulttuuripalvelut virallinen tili.");
    assertThat(texts.get(ProfileLanguage.SV).text()).contains("Kulturtjänster");
    assertThat(texts.get(ProfileLanguage.EN).text()).contains("Culture services");
  }

  @Test
  void aLongDescriptionKeepsTheFullText() {
    AboutText linkedIn =
        PublishedTexts.aboutForService(on(Channel.LINKEDIN)).get(ProfileLanguage.SV);
    AboutText other = PublishedTexts.aboutForService(on(Channel.OTHER)).get(ProfileLanguage.EN);

    assertThat(linkedIn.shortened()).isFalse();
    assertThat(linkedIn.limit()).isEqualTo(2000);
    assertThat(linkedIn.text()).contains("Sanna Suunnittelija (Kirjastonhoitaja)");
    assertThat(other.limit()).isNull();
    assertThat(other.shortened()).isFalse();
  }

  @Test
  void whatStillDoesNotFitIsCutAtAWordWithAnEllipsis() {
    String cut = PublishedTexts.cut("Kaupunginkirjaston tapahtumat ja lukuvinkit kaikille", 30);

    assertThat(cut).isEqualTo("Kaupunginkirjaston tapahtumat…");
    assertThat(BioLimits.length(cut)).isLessThanOrEqualTo(30);
    assertThat(BioLimits.length("Ä😀")).isEqualTo(2);
  }

  private Profile on(Channel channel) {
    Profile.Proposed proposed = ProfileTest.proposed(ProfileKind.ORGANISATION, null, SANNA, TIINA);
    return new Profile(
        new Profile.Proposed(
            proposed.name(),
            proposed.kind(),
            channel,
            proposed.plan(),
            proposed.upkeep(),
            proposed.administrators(),
            Set.of(ProfileLanguage.FI, ProfileLanguage.SV, ProfileLanguage.EN),
            null,
            null,
            null),
        culture,
        "sanna",
        Instant.parse("2026-11-02T08:00:00Z"),
        LocalDate.of(2026, 11, 2));
  }
}
