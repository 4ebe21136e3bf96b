package fi.virkaprofiili.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineSchemaCheckTest {

  @Test
  void comparesMinorVersions() {
    assertThat(EngineSchemaCheck.engineMinorVersion("7.24.0")).isEqualTo("7.24");
    assertThat(EngineSchemaCheck.engineMinorVersion("7.24.3-ee")).isEqualTo("7.24");
    assertThat(EngineSchemaCheck.engineMinorVersion("7.23.0")).isNotEqualTo("7.24");
  }
}
