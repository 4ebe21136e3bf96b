package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

  @Test
  void theLanguageLinkKeepsWhatThePageWasAskedForAndReplacesAnEarlierChoice() {
    assertThat(LocaleSelection.withLanguage(null, "sv")).isEqualTo("lang=sv");
    assertThat(LocaleSelection.withLanguage("q=kirjasto&channel=FACEBOOK&page=2", "en"))
        .isEqualTo("q=kirjasto&channel=FACEBOOK&page=2&lang=en");
    assertThat(LocaleSelection.withLanguage("lang=fi&q=a%26b&lang=sv&language=FINNISH", "en"))
        .isEqualTo("q=a%26b&language=FINNISH&lang=en");
    assertThat(LocaleSelection.withLanguage("&&lang&id=5", "fi")).isEqualTo("id=5&lang=fi");
  }
}
