package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorPagesFilterTest {

  @Test
  void theApiIsItsPathAndWhatIsUnderIt() {
    assertThat(ErrorPagesFilter.isApi("/virkaprofiili", "/virkaprofiili/api/registry/x")).isTrue();
    assertThat(ErrorPagesFilter.isApi("/virkaprofiili", "/virkaprofiili/api")).isTrue();
    assertThat(ErrorPagesFilter.isApi("", "/api/")).isTrue();
    assertThat(ErrorPagesFilter.isApi("/virkaprofiili", "/virkaprofiili/apis.xhtml")).isFalse();
    assertThat(ErrorPagesFilter.isApi("/virkaprofiili", "/virkaprofiili/registry.xhtml")).isFalse();
  }

  @Test
  void anApiErrorIsJsonWithStatusAndReason() {
    assertThat(ErrorPagesFilter.json(404))
        .isEqualTo("{\"status\":404,\"reason\":\"No such resource\"}");
    assertThat(ErrorPagesFilter.json(503))
        .isEqualTo("{\"status\":503,\"reason\":\"Service unavailable: try again shortly\"}");
  }
}
