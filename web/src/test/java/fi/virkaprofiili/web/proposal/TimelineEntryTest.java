package fi.virkaprofiili.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.TestProfiles;
import fi.virkaprofiili.profile.entity.UnitNames;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 8: every timeline entry reads as a sentence in the reader's language, with no
 * raw date, internal word or enum name in it.
 */
class TimelineEntryTest {

  static final Locale FI = Locale.forLanguageTag("fi");
  static final Locale SV = Locale.forLanguageTag("sv");
  static final Locale EN = Locale.ENGLISH;
  static final Instant AT = Instant.parse("2026-12-06T19:48:00Z");

  @Test
  void theAnnouncedClosingDateIsWrittenInEachLanguagesStyle() {
    assertThat(sentence(ProfileEventType.CLOSURE_ANNOUNCED, ProfileEvent.SYSTEM, "2026-12-20", FI))
        .isEqualTo("Julkisessa luettelossa kerrotaan nyt, että profiili suljetaan 20.12.2026.");
    assertThat(sentence(ProfileEventType.CLOSURE_ANNOUNCED, ProfileEvent.SYSTEM, "2026-12-20", SV))
        .isEqualTo("Den offentliga förteckningen säger nu att profilen stängs 20.12.2026.");
    assertThat(sentence(ProfileEventType.CLOSURE_ANNOUNCED, ProfileEvent.SYSTEM, "2026-12-20", EN))
        .isEqualTo("The public registry now says that the profile closes on 20 Dec 2026.");
  }

  @Test
  void aClosedOrArchivedAccountIsSaidInWordsNotAsTheStoredValue() {
    assertThat(sentence(ProfileEventType.ACCOUNT_CLOSED, "sanna", "closed", EN))
        .isEqualTo("sanna closed the account.");
    assertThat(sentence(ProfileEventType.ACCOUNT_CLOSED, "sanna", "archived", FI))
        .isEqualTo("sanna arkistoi tilin.");
    assertThat(sentence(ProfileEventType.ACCOUNT_CLOSED, "sanna", "closed", SV))
        .isEqualTo("sanna stängde kontot.");
    assertThat(entry(ProfileEventType.ACCOUNT_CLOSED, "sanna", "closed", EN).why()).isNull();
  }

  @Test
  void aProposalRefusedAsIncompleteNamesTheRulesMissedOldWordingIncluded() {
    assertThat(sentence(ProfileEventType.REJECTED, ProfileEvent.SYSTEM, "R2, R3", FI))
        .isEqualTo(
            "Järjestelmä hylkäsi ehdotuksen puutteellisena: se ei täytä ohjeen kohtia R2, R3.");
    assertThat(sentence(ProfileEventType.REJECTED, ProfileEvent.SYSTEM, "Incomplete: R3", EN))
        .isEqualTo(
            "The system refused the proposal as incomplete: it does not meet the rules R3 of the"
                + " policy.");
  }

  @Test
  void aNoticeSaysToWhomItWasEmailedOrThatItWasNot() {
    assertThat(sentence(ProfileEventType.REMINDED, ProfileEvent.SYSTEM, "markus@example.org", EN))
        .isEqualTo(
            "The manager was reminded of the waiting decision by e-mail to markus@example.org.");
    assertThat(sentence(ProfileEventType.CLOSURE_NOTIFIED, ProfileEvent.SYSTEM, null, SV))
        .contains("skickades inte per e-post");
    // Written before: "markus" with the addresses e-mailed in brackets, if any.
    assertThat(sentence(ProfileEventType.ESCALATED, ProfileEvent.SYSTEM, "communications", FI))
        .contains("viestiä ei lähetetty sähköpostilla");
  }

  @Test
  void aPersonsOwnWordsStayBeneathTheSentence() {
    TimelineEntry returned =
        entry(ProfileEventType.RETURNED, "markus", "Say who answers during holidays.", SV);

    assertThat(returned.sentence()).isEqualTo("markus returnerade förslaget för komplettering.");
    assertThat(returned.why()).isEqualTo("Say who answers during holidays.");
    assertThat(returned.occurredAt()).isEqualTo(AT);
  }

  @Test
  void anImportNamesTheFileAndRowAndAnAdoptedListingSaysSo() {
    assertThat(sentence(ProfileEventType.IMPORTED, "tiina", "tilit.csv, row 4", FI))
        .isEqualTo("tiina toi profiilin tiedoston tilit.csv riviltä 4.");
    assertThat(sentence(ProfileEventType.LISTED, ProfileEvent.SYSTEM, ProfileEvent.ADOPTED, EN))
        .isEqualTo("The profile was already listed before its lifecycle was kept here.");
    assertThat(
            sentence(
                ProfileEventType.LISTED,
                ProfileEvent.SYSTEM,
                "Listed before its lifecycle was kept here",
                FI))
        .isEqualTo("Profiili oli luettelossa jo ennen kuin sen elinkaarta seurattiin täällä.");
  }

  @Test
  void aReorganisationNamesBothUnitsInTheReadersLanguageAndWhoGotTheOpenTasks() {
    OrganisationUnit culture = unit("culture", "Kulttuuripalvelut", "Kulturtjänster", "markus");
    OrganisationUnit library = unit("library", "Kirjasto", "Biblioteket", "tiina");
    Profile profile = TestProfiles.proposal(culture, "sanna", AT);
    profile.moveToUnit(library, "admin", "Kirjasto ottaa viestinnän", AT);
    profile.managerTasksFollowed("tiina", List.of("managerDecision"), "admin", AT);
    List<ProfileEvent> events = profile.getEvents();

    TimelineEntry moved = TimelineEntry.of(events.get(1), SV, code -> unitName(code, SV));
    TimelineEntry followed = TimelineEntry.of(events.get(2), FI, code -> unitName(code, FI));

    assertThat(moved.sentence())
        .isEqualTo("admin flyttade profilen från enheten Kulturtjänster till enheten Biblioteket.");
    assertThat(moved.why()).isEqualTo("Kirjasto ottaa viestinnän");
    assertThat(followed.sentence())
        .startsWith("Avoimet tehtävät siirtyivät uuden yksikön esihenkilölle tiina: ")
        .doesNotContain("managerDecision", "{", "}");
  }

  @Test
  void aDecisionThatFollowsToItsOwnProposerSaysItWaitsAndIsEscalated() {
    OrganisationUnit culture = unit("culture", "Kulttuuripalvelut", "Kulturtjänster", "markus");
    Profile profile = TestProfiles.proposal(culture, "tiina", AT);
    profile.moveToUnit(unit("library", "Kirjasto", "Biblioteket", "tiina"), "admin", "Why", AT);
    profile.managerTasksFollowed("tiina", List.of("managerDecision"), "admin", AT);

    assertThat(TimelineEntry.of(profile.getEvents().get(2), EN, code -> code).sentence())
        .contains("tiina proposed the profile and cannot decide it")
        .contains("escalated to communications");
  }

  private static OrganisationUnit unit(String code, String fi, String sv, String manager) {
    return OrganisationUnit.create(
        code, new UnitNames(fi, sv, fi + " (en)"), null, manager, "admin", "For the test", AT);
  }

  private static String unitName(String code, Locale language) {
    return "culture".equals(code)
        ? (language == SV ? "Kulturtjänster" : "Kulttuuripalvelut")
        : (language == SV ? "Biblioteket" : "Kirjasto");
  }

  @Test
  void everyEventIsASentenceInEveryLanguageWithNoEnumNameOrPlaceholderLeft() {
    for (Locale language : new Locale[] {FI, SV, EN}) {
      for (ProfileEventType type : ProfileEventType.values()) {
        for (String actor : new String[] {"sanna", ProfileEvent.SYSTEM}) {
          String sentence = sentence(type, actor, null, language);

          assertThat(sentence)
              .as("%s by %s in %s", type, actor, language)
              .endsWith(".")
              .doesNotContain("{", "}", "''")
              .doesNotContain(
                  Arrays.stream(ProfileEventType.values())
                      .map(Enum::name)
                      .filter(name -> name.contains("_") || name.length() > 3)
                      .toArray(String[]::new))
              .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
      }
    }
  }

  private static TimelineEntry entry(
      ProfileEventType type, String actor, String detail, Locale language) {
    return TimelineEntry.of(AT, type, actor, detail, language);
  }

  private static String sentence(
      ProfileEventType type, String actor, String detail, Locale language) {
    return entry(type, actor, detail, language).sentence();
  }
}
