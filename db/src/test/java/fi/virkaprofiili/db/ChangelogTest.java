package fi.virkaprofiili.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
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

  /** The merge of the two draft tables moves every draft there was, of either kind. */
  @Test
  void oneDraftTableKeepsTheDraftsWrittenBefore() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo", "!one-draft");
      String profileId = single(connection, "select min(ID) from PROFILE");
      execute(
          connection,
          "insert into PROPOSAL_DRAFT (ID, VERSION, AUTHOR_ID, STEP, CONTENT, SAVED_AT)"
              + " values (50, 3, 'sanna', 'PURPOSE', '{\"name\":\"New\"}', CURRENT_TIMESTAMP)");
      execute(
          connection,
          "insert into REVISION_DRAFT"
              + " (ID, VERSION, TASK_ID, PROFILE_ID, AUTHOR_ID, STEP, CONTENT, SAVED_AT) values"
              + " (50, 1, 'task-1', "
              + profileId
              + ", 'sanna', 'CONTENT', '{\"name\":\"Revised\"}', CURRENT_TIMESTAMP)");

      update(connection, "demo", null);

      assertThat(
              rows(
                  connection,
                  "select ID, VERSION, KIND, DRAFT_OF, AUTHOR_ID, TASK_ID, PROFILE_ID, STEP, CONTENT"
                      + " from DRAFT order by ID desc"))
          .containsExactly(
              "-100|3|NEW_PROPOSAL|proposal:sanna|sanna|null|null|PURPOSE|{\"name\":\"New\"}",
              "-101|1|REVISION|revision:task-1|sanna|task-1|"
                  + profileId
                  + "|CONTENT|{\"name\":\"Revised\"}");
      assertThat(
              single(
                  connection,
                  "select count(*) from INFORMATION_SCHEMA.TABLES"
                      + " where TABLE_NAME in ('PROPOSAL_DRAFT', 'REVISION_DRAFT')"))
          .isEqualTo("0");
      assertThat(Long.parseLong(single(connection, "select next value for DRAFT_SEQ")))
          .as("the sequence hands out no id a moved draft has")
          .isPositive();
    }
  }

  @Test
  void onlyOneDraftOfEachAuthorsNewProposalAndOfEachRevisionTask() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "production");
      String insert =
          "insert into DRAFT (ID, KIND, DRAFT_OF, AUTHOR_ID, CONTENT, SAVED_AT)"
              + " values (%d, 'NEW_PROPOSAL', 'proposal:sanna', 'sanna', '{}', CURRENT_TIMESTAMP)";
      execute(connection, String.format(insert, 1));

      assertThatThrownBy(() -> execute(connection, String.format(insert, 2)))
          .isInstanceOf(SQLException.class);
    }
  }

  /**
   * An account belongs to one live profile: the database refuses a second live key, however the
   * profile was written, and lets closed profiles (null) be as many as they are.
   */
  @Test
  void aLiveAccountKeyIsHeldByOneProfileOnly() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo");
      assertThat(
              rows(
                  connection,
                  "select STATE, ACCOUNT_KEY = LIVE_ACCOUNT_KEY from PROFILE order by ID"))
          .as("the demo profiles hold their accounts, each its own")
          .containsExactly("LISTED|TRUE", "LISTED|TRUE", "LISTED|TRUE");
      String facebook = "'facebook:kaupunkitiedottaa.demo'";

      assertThatThrownBy(
              () ->
                  execute(
                      connection,
                      "update PROFILE set LIVE_ACCOUNT_KEY = "
                          + facebook
                          + " where ACCOUNT_KEY = 'instagram:kaupunginkirjasto_demo'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("UQ_PROFILE_LIVE_ACCOUNT_KEY");

      execute(connection, "update PROFILE set LIVE_ACCOUNT_KEY = null");
      assertThat(single(connection, "select count(*) from PROFILE where LIVE_ACCOUNT_KEY is null"))
          .as("closed profiles free their accounts, as many as there are")
          .isEqualTo("3");
    }
  }

  /**
   * Profiles written before the constraint: live ones take their keys, closed ones do not, and
   * where an earlier version let two live profiles share an account, the listed one keeps it.
   */
  @Test
  void liveAccountKeysAreBackfilledSoThatTheConstraintHolds() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo", "!live-account-key");
      List<String> ids = rows(connection, "select ID from PROFILE order by ID");
      String listed = ids.get(0);
      String sharing = ids.get(1);
      String closed = ids.get(2);
      execute(
          connection,
          "update PROFILE set STATE = 'IN_DECISION', ACCOUNT_KEY ="
              + " (select p.ACCOUNT_KEY from PROFILE p where p.ID = "
              + listed
              + ") where ID = "
              + sharing);
      execute(connection, "update PROFILE set STATE = 'CLOSED' where ID = " + closed);

      update(connection, "demo", null);

      assertThat(
              rows(
                  connection,
                  "select ID, LIVE_ACCOUNT_KEY is not null, LIVE_ACCOUNT_KEY = ACCOUNT_KEY"
                      + " from PROFILE order by ID"))
          .containsExactly(listed + "|TRUE|TRUE", sharing + "|FALSE|null", closed + "|FALSE|null");
    }
  }

  /** What SENT_NOTICE said was sent is, after the outbox came, in the outbox as sent. */
  @Test
  void theOutboxKeepsTheNoticesSentBefore() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo", "!mail-outbox");
      execute(
          connection,
          "insert into SENT_NOTICE (NOTICE_KEY, SENT_AT)"
              + " values ('closure/51/1/tiina@example.org', CURRENT_TIMESTAMP)");

      update(connection, "demo");

      assertThat(
              single(
                  connection,
                  "select NOTICE_KEY || '|' || STATE || '|' || ATTEMPTS from OUTBOX_MESSAGE"))
          .isEqualTo("closure/51/1/tiina@example.org|SENT|1");
      assertThatThrownBy(() -> count(connection, "SENT_NOTICE")).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void unitsKeptBeforeGetAVersionNoParentAndAHistoryThatRefusesAChangeWithoutWhy()
      throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo", "!unit-structure");
      update(connection, "demo");

      assertThat(
              rows(
                  connection,
                  "select CODE, VERSION, PARENT_CODE from ORGANISATION_UNIT order by CODE"))
          .containsExactly("communications|0|null", "culture|0|null");
      execute(
          connection,
          "insert into UNIT_EVENT (ID, UNIT_CODE, OCCURRED_AT, ACTOR_ID, EVENT_TYPE, REASON)"
              + " values (1, 'culture', CURRENT_TIMESTAMP, 'admin', 'RENAMED', 'Why')");
      assertThatThrownBy(
              () ->
                  execute(
                      connection,
                      "insert into UNIT_EVENT (ID, UNIT_CODE, OCCURRED_AT, ACTOR_ID, EVENT_TYPE)"
                          + " values (2, 'culture', CURRENT_TIMESTAMP, 'admin', 'RENAMED')"))
          .as("every change says why")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  execute(
                      connection,
                      "update ORGANISATION_UNIT set PARENT_CODE = 'nowhere' where CODE = 'culture'"))
          .as("a parent is a unit")
          .isInstanceOf(SQLException.class);
      assertThat(single(connection, "select count(*) from PROFILE_EVENT where DETAIL is not null"))
          .isEqualTo("0");
    }
  }

  @Test
  void unitsKeptBeforeHaveNoDeputyAndAnAbsenceSaysWhyForAUnitThatExists() throws Exception {
    try (Connection connection = freshDatabase()) {
      update(connection, "demo", "!deputies");
      update(connection, "demo");

      assertThat(
              single(connection, "select count(*) from ORGANISATION_UNIT where DEPUTY_ID is null"))
          .isEqualTo("2");
      String columns =
          "insert into MANAGER_ABSENCE (ID, UNIT_CODE, MANAGER_ID, DEPUTY_ID, FIRST_DAY, LAST_DAY,"
              + " RECORDED_BY, RECORDED_AT, STATE";
      execute(
          connection,
          columns
              + ", REASON) values (1, 'culture', 'markus', 'tiina', DATE '2026-07-01',"
              + " DATE '2026-07-31', 'markus', CURRENT_TIMESTAMP, 'PLANNED', 'Holiday')");
      assertThatThrownBy(
              () ->
                  execute(
                      connection,
                      columns
                          + ") values (2, 'culture', 'markus', 'tiina', DATE '2026-08-01',"
                          + " DATE '2026-08-31', 'markus', CURRENT_TIMESTAMP, 'PLANNED')"))
          .as("every absence says why")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  execute(
                      connection,
                      columns
                          + ", REASON) values (3, 'nowhere', 'markus', 'tiina', DATE '2026-08-01',"
                          + " DATE '2026-08-31', 'markus', CURRENT_TIMESTAMP, 'PLANNED', 'Why')"))
          .as("an absence is of a unit")
          .isInstanceOf(SQLException.class);
    }
  }

  private static Connection freshDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
  }

  private static void update(Connection connection, String contexts) throws Exception {
    update(connection, contexts, null);
  }

  /** Applies the changelog; {@code labels} may leave out labelled changesets, as "!one-draft". */
  private static void update(Connection connection, String contexts, String labels)
      throws Exception {
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
                .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG, labels)
                .execute());
  }

  private static long count(Connection connection, String table) throws SQLException {
    return Long.parseLong(single(connection, "select count(*) from " + table));
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Each row as its columns joined by '|'. */
  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringJoiner row = new StringJoiner("|");
        for (int i = 1; i <= columns; i++) {
          row.add(String.valueOf(result.getString(i)));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
