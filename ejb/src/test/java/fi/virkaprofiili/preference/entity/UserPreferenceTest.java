package fi.virkaprofiili.preference.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserPreferenceTest {

  @Test
  void someoneWhoChoseNothingGetsTaskMailInFinnish() {
    UserPreference preference = new UserPreference("sanna");

    assertThat(preference.isTaskMail()).isTrue();
    assertThat(preference.locale().getLanguage()).isEqualTo("fi");
  }

  @Test
  void taskMailIsTurnedOffAndOnAndWrittenInTheLanguageChosen() {
    UserPreference preference = new UserPreference("sanna");

    preference.turnTaskMailOff();
    preference.writeTo("sv");
    assertThat(preference.isTaskMail()).isFalse();
    assertThat(preference.getLanguage()).isEqualTo("sv");
    preference.turnTaskMailOn();
    assertThat(preference.isTaskMail()).isTrue();
  }

  @Test
  void noMailIsWrittenInALanguageThePortalDoesNotSpeak() {
    UserPreference preference = new UserPreference("sanna");

    assertThatThrownBy(() -> preference.writeTo("de")).isInstanceOf(IllegalArgumentException.class);
    assertThat(preference.getLanguage()).isEqualTo("fi");
  }
}
