package fi.virkaprofiili.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquibase is skipped only when the database's last complete migration applied this very
 * changelog: a fresh database is migrated, an unchanged changelog is not run again, and a new or
 * changed change set still reaches Liquibase (which applies the new one and refuses the changed).
 */
class SchemaMigrationSkipTest {

  private static final String FINGERPRINT_TABLE =
      "<include file=\"db/changelog/app/021-schema-fingerprint.xml\" />";

  @TempDir Path dir;
  private Connection connection;
  private URLClassLoader loader;

  @BeforeEach
  void database() throws Exception {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:skip-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    loader =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, SchemaMigrationSkipTest.class.getClassLoader());
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
    loader.close();
  }

  @Test
  void theRealChangelogIsAppliedOnceThenSkippedWhileUnchanged() throws Exception {
    ClassLoader classes = SchemaMigration.class.getClassLoader();

    assertThat(
            SchemaMigration.bringUpToDate(connection, classes, SchemaMigration.CHANGELOG, "demo"))
        .as("a fresh database is migrated")
        .isTrue();
    String changeSets = single("select count(*) from DATABASECHANGELOG");
    assertThat(single("select VERSION_ from ACT_GE_SCHEMA_LOG")).isEqualTo("7.24.0");

    assertThat(
            SchemaMigration.bringUpToDate(connection, classes, SchemaMigration.CHANGELOG, "demo"))
        .as("the same changelog again")
        .isFalse();
    assertThat(
            SchemaMigration.bringUpToDate(
                connection, classes, SchemaMigration.CHANGELOG, "production"))
        .as("other contexts")
        .isTrue();
    assertThat(single("select count(*) from DATABASECHANGELOG")).isEqualTo(changeSets);
  }

  @Test
  void aNewChangeSetStillRuns() throws Exception {
    write("test/one.xml", changeLog(changeSet("one", "FIRST_TABLE")));
    write("test/master.xml", master(FINGERPRINT_TABLE, include("test/one.xml")));
    assertThat(migrate()).isTrue();
    assertThat(migrate()).as("unchanged").isFalse();

    write("test/two.xml", changeLog(changeSet("two", "SECOND_TABLE")));
    write(
        "test/master.xml",
        master(FINGERPRINT_TABLE, include("test/one.xml"), include("test/two.xml")));

    assertThat(migrate()).isTrue();
    assertThat(single("select count(*) from SECOND_TABLE")).isEqualTo("0");
    assertThat(migrate()).as("unchanged again").isFalse();
  }

  @Test
  void aChangedChangeSetStillReachesLiquibaseWhichRefusesIt() throws Exception {
    write("test/one.xml", changeLog(changeSet("one", "FIRST_TABLE")));
    write("test/master.xml", master(FINGERPRINT_TABLE, include("test/one.xml")));
    assertThat(migrate()).isTrue();

    write("test/one.xml", changeLog(changeSet("one", "RENAMED_TABLE")));

    assertThatThrownBy(this::migrate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("check sum");
  }

  @Test
  void withoutARecordedFingerprintLiquibaseRuns() throws Exception {
    write("test/one.xml", changeLog(changeSet("one", "FIRST_TABLE")));
    write("test/master.xml", master(FINGERPRINT_TABLE, include("test/one.xml")));
    assertThat(migrate()).isTrue();

    execute("delete from SCHEMA_FINGERPRINT");

    assertThat(SchemaMigration.appliedFingerprint(connection)).isEmpty();
    assertThat(migrate()).isTrue();
    assertThat(migrate()).isFalse();
  }

  private boolean migrate() throws SQLException {
    return SchemaMigration.bringUpToDate(connection, loader, "test/master.xml", "production");
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String master(String... includes) {
    return changeLog(String.join("\n", includes));
  }

  private static String include(String file) {
    return "<include file=\"" + file + "\" />";
  }

  private static String changeSet(String id, String table) {
    return "<changeSet id=\""
        + id
        + "\" author=\"test\"><createTable tableName=\""
        + table
        + "\"><column name=\"ID\" type=\"int\" /></createTable></changeSet>";
  }

  private static String changeLog(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
        + " https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.29.xsd\">\n"
        + body
        + "\n</databaseChangeLog>\n";
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String single(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
