package fi.virkaprofiili.preference.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.notice.control.MailText;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserPreferenceTest {

  @Test
  void someoneWhoChoseNothingGetsTaskMailInFinnish() {
    UserPreference preference = new UserPreference("sanna");

    assertThat(preference.isTaskMail()).isTrue();
    assertThat(preference.locale().getLanguage()).isEqualTo("fi");
  }

  /** A choice the portal offers but cannot write in would send mail in another language. */
  @Test
  void everyLanguageOnOfferHasItsOwnTaskMail() {
    UserPreference preference = new UserPreference("sanna");
    Set<String> subjects = new HashSet<>();

    for (String language : UserPreference.LANGUAGES) {
      preference.writeTo(language);
      Locale locale = preference.locale();
      assertThat(locale.getLanguage()).isEqualTo(language);
      subjects.add(MailText.in(locale, "task", "Task", "Profile", "link", "preferences").subject());
    }

    assertThat(subjects).hasSize(UserPreference.LANGUAGES.size());
  }

  @Test
  void noMailIsWrittenInALanguageThePortalDoesNotSpeakAndTheEarlierChoiceStands() {
    UserPreference preference = new UserPreference("sanna");
    preference.writeTo("sv");

    assertThatThrownBy(() -> preference.writeTo("de")).isInstanceOf(IllegalArgumentException.class);
    assertThat(preference.locale()).isEqualTo(Locale.forLanguageTag("sv"));
  }

  @Test
  void aPreferenceBelongsToSomeone() {
    assertThatThrownBy(() -> new UserPreference(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user");
  }
}
