package fi.virkaprofiili.notice.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

  @Test
  void noticeIsWrittenInFinnishSwedishAndEnglishWithItsDetails() {
    MailText text = MailText.of("closure", "Kaupunginkirjasto", "1.6.2027", "Resources moved", "https://www.example.org/", "https://portal/");

    assertThat(text.subject()).isEqualTo("Suljetaan 1.6.2027: Kaupunginkirjasto / Stängs 1.6.2027: Kaupunginkirjasto / Closing on 1.6.2027: Kaupunginkirjasto");
    assertThat(text.body()).contains("suljetaan", "stängs", "will be closed", "Resources moved", "https://www.example.org/");
    assertThat(text.body().indexOf("Virkaprofiili")).isLessThan(text.body().indexOf("Den officiella"));
  }
}
