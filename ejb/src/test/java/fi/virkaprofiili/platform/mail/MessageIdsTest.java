package fi.virkaprofiili.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

  @Test
  void theIdIsTheRowAtThePortalsHost() {
    assertThat(MessageIds.of(123, "https://portal.example.fi/virka/"))
        .isEqualTo("<outbox-123@portal.example.fi>");
  }

  @Test
  void anAddressWithoutAHostFallsBackToLocalhost() {
    assertThat(MessageIds.of(7, "not a url")).isEqualTo("<outbox-7@localhost>");
  }
}
