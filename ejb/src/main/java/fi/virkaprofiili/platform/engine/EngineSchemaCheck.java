package fi.virkaprofiili.platform.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;

/**
 * Refuses to start the engine on a schema made for another Camunda version. The engine's own check
 * cannot tell minor versions apart (every schema says "fox"); {@code ACT_GE_SCHEMA_LOG} records the
 * version each script brought.
 */
final class EngineSchemaCheck {

  private static final String LATEST_SCHEMA_VERSION =
      "select VERSION_ from ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc";

  private EngineSchemaCheck() {}

  static void requireSchemaOfThisEngine(DataSource dataSource) {
    String engineVersion = engineMinorVersion(ProductPropertiesUtil.getProductVersion());
    String schemaVersion = schemaVersion(dataSource);
    if (!engineVersion.equals(engineMinorVersion(schemaVersion))) {
      throw new IllegalStateException(
          "The database holds a Camunda "
              + schemaVersion
              + " schema but this application runs Camunda engine "
              + ProductPropertiesUtil.getProductVersion()
              + ". Back up the database and apply Camunda's upgrade scripts up to "
              + engineVersion
              + " (see README, 'Upgrading'), or point the application at the database it was made for.");
    }
  }

  static String engineMinorVersion(String version) {
    String[] parts = version.split("[.-]");
    return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
  }

  private static String schemaVersion(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(LATEST_SCHEMA_VERSION);
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new IllegalStateException(
            "ACT_GE_SCHEMA_LOG is empty: the Camunda schema was not installed.");
      }
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot read the Camunda schema version (ACT_GE_SCHEMA_LOG): " + e.getMessage(), e);
    }
  }
}
