package fi.virkaprofiili.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/** The changelog builds the whole schema, Camunda's included, and applies again as a no-op. */
class ChangelogTest {

  private static final String CHANGELOG = "db/changelog/master.xml";

  @Test
  void productionSchemaHasCamundaAndApplicationTablesButNoDemoData() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "production");

      assertThat(single(connection, "select VERSION_ from ACT_GE_SCHEMA_LOG")).isEqualTo("7.24.0");
      assertThat(count(connection, "ACT_RU_EXECUTION")).isZero();
      assertThat(count(connection, "ACT_ID_USER")).isZero();
      assertThat(count(connection, "ORGANISATION_UNIT")).isZero();
      assertThat(count(connection, "PROFILE")).isZero();
    }
  }

  @Test
  void demoContextAddsUnitsAndListedProfiles() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo");

      assertThat(count(connection, "ORGANISATION_UNIT")).isEqualTo(2);
      assertThat(single(connection, "select count(*) from PROFILE where STATE = 'LISTED'"))
          .isEqualTo("3");
    }
  }

  @Test
  void applyingTwiceChangesNothing() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo");
      String changeSets = single(connection, "select count(*) from DATABASECHANGELOG");

      update(connection, "demo");

      assertThat(single(connection, "select count(*) from DATABASECHANGELOG"))
          .isEqualTo(changeSets);
      assertThat(count(connection, "PROFILE")).isEqualTo(3);
    }
  }

  private static Connection freshDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
  }

  private static void update(Connection connection, String contexts) throws Exception {
    Scope.child(
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(),
            "liquibase.analytics.enabled",
            false),
        () ->
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(
                    DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                    DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, contexts)
                .execute());
  }

  private static long count(Connection connection, String table) throws SQLException {
    return Long.parseLong(single(connection, "select count(*) from " + table));
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
