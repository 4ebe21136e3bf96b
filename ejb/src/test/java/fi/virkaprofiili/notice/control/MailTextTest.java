package fi.virkaprofiili.notice.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.task.boundary.TaskNames;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTextTest {

  @Test
  void noticeIsWrittenInFinnishSwedishAndEnglishWithItsDetails() {
    MailText text =
        MailText.of(
            "closure",
            "Kaupunginkirjasto",
            "1.6.2027",
            "Resources moved",
            "https://www.example.org/",
            "https://portal/");

    assertThat(text.subject())
        .isEqualTo(
            "Suljetaan 1.6.2027: Kaupunginkirjasto / Stängs 1.6.2027: Kaupunginkirjasto / Closing on 1.6.2027: Kaupunginkirjasto");
    assertThat(text.body())
        .contains(
            "suljetaan", "stängs", "will be closed", "Resources moved", "https://www.example.org/");
    assertThat(text.body().indexOf("Virkaprofiili"))
        .isLessThan(text.body().indexOf("Den officiella"));
  }

  @Test
  void aDayIsWrittenInEachLanguagesOwnStyle() {
    MailText text =
        MailText.of(
            "closure",
            "Kaupunginkirjasto",
            LocalDate.of(2026, 12, 20),
            "Resources moved",
            "https://www.example.org/",
            "https://portal/");

    assertThat(text.subject())
        .isEqualTo(
            "Suljetaan 20.12.2026: Kaupunginkirjasto / Stängs 20.12.2026: Kaupunginkirjasto / Closing on 20 Dec 2026: Kaupunginkirjasto");
    assertThat(text.body()).doesNotContain("2026-12-20", "12/20/26");
  }

  @Test
  void aTaskIsWrittenInTheRecipientsLanguageAlone() {
    Locale swedish = Locale.forLanguageTag("sv");
    MailText text =
        MailText.in(
            swedish,
            "task",
            TaskNames.of("managerDecision", swedish),
            "Kaupunginkirjasto",
            "https://portal/portal/tasks/index.xhtml?task=t1",
            "https://portal/portal/preferences.xhtml");

    assertThat(text.subject())
        .isEqualTo("Uppgift för dig: Besluta om förslaget – Kaupunginkirjasto");
    assertThat(text.body())
        .contains("https://portal/portal/tasks/index.xhtml?task=t1", "inställningar")
        .doesNotContain("Tehtävä", "Task");
  }

  @Test
  void englishIsWrittenFromTheBaseBundleWhateverTheServersOwnLanguage() {
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("fi"));
      assertThat(
              MailText.in(Locale.ENGLISH, "task", "Decide", "Library", "link", "prefs").subject())
          .isEqualTo("Task for you: Decide – Library");
    } finally {
      Locale.setDefault(server);
    }
  }
}
