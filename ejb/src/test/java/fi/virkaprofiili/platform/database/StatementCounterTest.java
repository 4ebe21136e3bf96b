package fi.virkaprofiili.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

class StatementCounterTest {

  @Test
  void countsEachStatementRunAndEachBatchedOne() throws SQLException {
    StatementCounter counter = new StatementCounter();
    try (Connection connection =
        counter.counting(DriverManager.getConnection("jdbc:h2:mem:counter"))) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("create table item (id int)");
      }
      try (PreparedStatement insert = connection.prepareStatement("insert into item values (?)")) {
        for (int id = 1; id <= 3; id++) {
          insert.setInt(1, id);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement query = connection.prepareStatement("select count(*) from item");
          ResultSet rows = query.executeQuery()) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(3);
      }
    }

    assertThat(counter.statements()).isEqualTo(1 + 3 + 1);
  }

  @Test
  void countsWhatRunsOnEveryConnectionADataSourceGives() throws SQLException {
    StatementCounter counter = new StatementCounter();
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:source;DB_CLOSE_DELAY=-1");
    DataSource counted = counter.counting(h2);
    for (int connections = 0; connections < 2; connections++) {
      try (Connection connection = counted.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("select 1");
      }
    }

    assertThat(counter.statements()).isEqualTo(2);
    assertThat(counted.getLoginTimeout()).isEqualTo(h2.getLoginTimeout());
  }

  @Test
  void countsCommitsAndWhatRanInAutoCommit() throws SQLException {
    StatementCounter counter = new StatementCounter();
    try (Connection connection =
        counter.counting(DriverManager.getConnection("jdbc:h2:mem:transactions"))) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("create table item (id int)");
        connection.setAutoCommit(false);
        statement.execute("insert into item values (1)");
        statement.execute("insert into item values (2)");
        connection.commit();
        connection.setAutoCommit(true);
        statement.execute("insert into item values (3)");
      }
    }

    assertThat(counter.statements()).isEqualTo(4);
    assertThat(counter.commits()).isEqualTo(1);
    assertThat(counter.autoCommitted()).isEqualTo(2);
  }

  @Test
  void countsEachTextAndEachCommitUnderTheFirstStatementOfItsTransaction() throws SQLException {
    StatementCounter counter = new StatementCounter(true);
    try (Connection connection =
        counter.counting(DriverManager.getConnection("jdbc:h2:mem:texts"))) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("create table item (id int)");
        connection.setAutoCommit(false);
        statement.execute("select count(*) from item");
        connection.commit();
        try (PreparedStatement insert =
            connection.prepareStatement("insert into item\n   values (?)")) {
          insert.setInt(1, 1);
          insert.executeUpdate();
        }
        statement.execute("select count(*) from item");
        connection.commit();
      }
    }

    assertThat(counter.texts())
        .containsOnly(
            entry("[auto-commit] create table item (id int)", 1L),
            entry("select count(*) from item", 2L),
            entry("insert into item values (?)", 1L),
            entry("COMMIT (read-only) after select count(*) from item", 1L),
            entry("COMMIT after insert into item values (?)", 1L));
    assertThat(
            StatementCounter.difference(
                counter.texts(), Map.of("select count(*) from item", 1L), 2))
        .containsExactly(
            entry("COMMIT (read-only) after select count(*) from item", 1L),
            entry("COMMIT after insert into item values (?)", 1L))
        .hasSize(2);
  }

  @Test
  void textsAreNotCountedUnlessAskedFor() throws SQLException {
    StatementCounter counter = new StatementCounter(false);
    try (Connection connection =
            counter.counting(DriverManager.getConnection("jdbc:h2:mem:notexts"));
        Statement statement = connection.createStatement()) {
      statement.execute("create table item (id int)");
    }
    assertThat(counter.statements()).isEqualTo(1);
    assertThat(counter.texts()).isEmpty();
  }

  // The proxy's own equals and hashCode are under test: comparing it with itself is the point.
  @SuppressWarnings("SelfAssertion")
  @Test
  void wrappedConnectionIsEqualOnlyToItself() throws SQLException {
    try (Connection connection =
        new StatementCounter().counting(DriverManager.getConnection("jdbc:h2:mem:equality"))) {
      assertThat(connection).isEqualTo(connection).hasSameHashCodeAs(connection);
      assertThat(connection.unwrap(JdbcConnection.class)).isNotNull();
    }
  }

  @Test
  void applicationIsNotCountedUnlessAskedFor() {
    assertThat(System.getProperty(StatementCounter.PROPERTY)).isNull();
    assertThat(StatementCounter.enabled()).isFalse();
  }
}
