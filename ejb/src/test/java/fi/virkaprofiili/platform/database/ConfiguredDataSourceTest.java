package fi.virkaprofiili.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

  @Test
  void vendorDataSourceFollowsTheUrl() throws SQLException {
    assertThat(ConfiguredDataSource.vendorDataSourceClass("jdbc:h2:file:./data/virkaprofiili"))
        .isEqualTo("org.h2.jdbcx.JdbcDataSource");
    assertThat(
            ConfiguredDataSource.vendorDataSourceClass("jdbc:postgresql://db:5432/virkaprofiili"))
        .isEqualTo("org.postgresql.ds.PGSimpleDataSource");
  }

  @Test
  void unsupportedDatabaseSaysWhatToUse() {
    assertThatThrownBy(
            () -> ConfiguredDataSource.vendorDataSourceClass("jdbc:mysql://db/virkaprofiili"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("jdbc:postgresql://");
  }

  @Test
  void missingDriverIsNamed() {
    assertThatThrownBy(() -> ConfiguredDataSource.create("jdbc:postgresql://localhost/x", "u", "p"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("org.postgresql.ds.PGSimpleDataSource");
  }
}
