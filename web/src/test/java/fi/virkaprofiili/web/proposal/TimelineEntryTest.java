package fi.virkaprofiili.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import java.time.Instant;
import java.util.Arrays;
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
