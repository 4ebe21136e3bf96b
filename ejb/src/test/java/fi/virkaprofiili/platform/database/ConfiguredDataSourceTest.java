package fi.virkaprofiili.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

  /** Sees only the JDK: no JDBC driver, whatever the test's own class path holds. */
  private static final ClassLoader NO_DRIVERS = new ClassLoader(null) {};

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
    assertThatThrownBy(
            () ->
                ConfiguredDataSource.create("jdbc:postgresql://localhost/x", "u", "p", NO_DRIVERS))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("org.postgresql.ds.PGSimpleDataSource")
        .hasCauseInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theVendorsDataSourceIsConfiguredWithTheUrlAndConnects() throws SQLException {
    DataSource dataSource =
        ConfiguredDataSource.create(
            "jdbc:h2:mem:configured-data-source",
            "sa",
            "",
            ConfiguredDataSourceTest.class.getClassLoader());

    assertThat(dataSource.getClass().getName()).isEqualTo("org.h2.jdbcx.JdbcDataSource");
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:configured-data-source");
      assertThat(connection.getMetaData().getUserName()).isEqualToIgnoringCase("sa");
    }
  }
}
