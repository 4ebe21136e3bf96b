package fi.virkaprofiili.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.database.IncompatibleSchemaException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class EngineSchemaCheckTest {

  @Test
  void comparesMinorVersions() {
    assertThat(EngineSchemaCheck.engineMinorVersion("7.24.0")).isEqualTo("7.24");
    assertThat(EngineSchemaCheck.engineMinorVersion("7.24.3-ee")).isEqualTo("7.24");
    assertThat(EngineSchemaCheck.engineMinorVersion("7.23.0")).isNotEqualTo("7.24");
  }

  @Test
  void acceptsTheSchemaOfThisEngine() throws SQLException {
    JdbcDataSource database = schemaLog("7.23.0", "7.24.0");

    assertThatCode(() -> EngineSchemaCheck.requireSchemaOfThisEngine(database))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAnOlderSchemaAndSaysWhatToDo() throws SQLException {
    JdbcDataSource database = schemaLog("7.22.0", "7.23.0");

    assertThatThrownBy(() -> EngineSchemaCheck.requireSchemaOfThisEngine(database))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("Camunda 7.23.0 schema")
        .hasMessageContaining("upgrade scripts")
        .hasMessageContaining("'Schema and upgrades'");
  }

  @Test
  void refusesADatabaseWithoutCamundaTables() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID());

    assertThatThrownBy(() -> EngineSchemaCheck.requireSchemaOfThisEngine(database))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("ACT_GE_SCHEMA_LOG");
  }

  @Test
  void knowsEveryTableOfTheEngineFromItsOwnScripts() {
    assertThat(EngineSchemaCheck.engineTables())
        .contains(
            "ACT_RU_JOB", "ACT_RU_EXECUTION", "ACT_HI_PROCINST", "ACT_ID_USER", "ACT_GE_SCHEMA_LOG")
        .hasSizeGreaterThan(40);
  }

  @Test
  void acceptsTheWholeSchemaAndRefusesOneWithoutItsJobTable() throws SQLException {
    JdbcDataSource database = engineSchema();
    assertThatCode(() -> EngineSchemaCheck.requireEngineTables(database))
        .doesNotThrowAnyException();

    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("drop table ACT_RU_JOB");
    }

    assertThatThrownBy(() -> EngineSchemaCheck.requireEngineTables(database))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("lacks Camunda's tables ACT_RU_JOB:")
        .hasMessageContaining("'Schema and upgrades'");
  }

  /** A database with the tables the engine's own H2 scripts create. */
  private static JdbcDataSource engineSchema() throws SQLException {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      for (String script :
          List.of(
              "engine",
              "history",
              "identity",
              "case.engine",
              "case.history",
              "decision.engine",
              "decision.history")) {
        sql.execute(
            "runscript from 'classpath:/org/camunda/bpm/engine/db/create/activiti.h2.create."
                + script
                + ".sql'");
      }
    }
    return database;
  }

  /** A database whose schema log records these versions, oldest first. */
  private static JdbcDataSource schemaLog(String... versions) throws SQLException {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "create table ACT_GE_SCHEMA_LOG (ID_ varchar(64), TIMESTAMP_ timestamp, VERSION_ varchar(255))");
      for (int i = 0; i < versions.length; i++) {
        sql.execute(
            "insert into ACT_GE_SCHEMA_LOG values ('"
                + i * 100
                + "', timestamp '2025-01-0"
                + (i + 1)
                + " 00:00:00', '"
                + versions[i]
                + "')");
      }
    }
    return database;
  }
}
