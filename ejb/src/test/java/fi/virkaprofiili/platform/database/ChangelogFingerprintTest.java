package fi.virkaprofiili.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any byte Liquibase would read, and the contexts, change the fingerprint. */
class ChangelogFingerprintTest {

  @TempDir Path dir;
  private URLClassLoader loader;

  @BeforeEach
  void loader() throws Exception {
    loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    write("master.xml", "<databaseChangeLog><include file=\"a.xml\" /></databaseChangeLog>");
    write("a.xml", "<databaseChangeLog><sqlFile path=\"s/create.sql\" /></databaseChangeLog>");
    write("s/create.sql", "create table T (ID int);");
  }

  @AfterEach
  void close() throws Exception {
    loader.close();
  }

  @Test
  void theSameFilesGiveTheSameFingerprint() {
    assertThat(fingerprint()).isPresent().isEqualTo(fingerprint());
  }

  @Test
  void aChangedSqlFileNamedByAnIncludedChangelogChangesIt() throws Exception {
    Optional<String> before = fingerprint();

    write("s/create.sql", "create table T (ID bigint);");

    assertThat(fingerprint()).isPresent().isNotEqualTo(before);
  }

  @Test
  void contextsAndLiquibaseVersionChangeIt() {
    assertThat(ChangelogFingerprint.of(loader, "master.xml", "demo", "4.33.0"))
        .isNotEqualTo(fingerprint());
    assertThat(ChangelogFingerprint.of(loader, "master.xml", "production", "4.34.0"))
        .isNotEqualTo(fingerprint());
  }

  @Test
  void whatCannotBeFollowedGivesNone() throws Exception {
    write("a.xml", "<databaseChangeLog><include file=\"missing.xml\" /></databaseChangeLog>");
    assertThat(fingerprint()).isEmpty();

    write("a.xml", "<databaseChangeLog><includeAll path=\"s\" /></databaseChangeLog>");
    assertThat(fingerprint()).isEmpty();
  }

  @Test
  void theProductsChangelogCanBeFollowed() {
    assertThat(
            ChangelogFingerprint.of(
                SchemaMigration.class.getClassLoader(),
                SchemaMigration.CHANGELOG,
                "production",
                "4.33.0"))
        .isPresent();
  }

  private Optional<String> fingerprint() {
    return ChangelogFingerprint.of(loader, "master.xml", "production", "4.33.0");
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
