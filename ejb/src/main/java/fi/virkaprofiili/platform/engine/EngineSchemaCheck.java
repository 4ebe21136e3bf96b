package fi.virkaprofiili.platform.engine;

import fi.virkaprofiili.platform.DatabaseFailures;
import fi.virkaprofiili.platform.database.IncompatibleSchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;

/**
 * Refuses to start the engine on a schema made for another Camunda version, or on one that lacks
 * engine tables. The engine's own check cannot tell minor versions apart (every schema says "fox");
 * {@code ACT_GE_SCHEMA_LOG} records the version each script brought. Nor does it notice a dropped
 * table until a command needs it: a job executor without {@code ACT_RU_JOB} fails every few
 * seconds, forever.
 */
final class EngineSchemaCheck {

  private static final String LATEST_SCHEMA_VERSION =
      "select VERSION_ from ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc";

  private EngineSchemaCheck() {}

  static void requireSchemaOfThisEngine(DataSource dataSource) {
    String engineVersion = engineMinorVersion(ProductPropertiesUtil.getProductVersion());
    String schemaVersion = schemaVersion(dataSource);
    if (!engineVersion.equals(engineMinorVersion(schemaVersion))) {
      throw new IncompatibleSchemaException(
          "The database holds a Camunda "
              + schemaVersion
              + " schema but this application runs Camunda engine "
              + ProductPropertiesUtil.getProductVersion()
              + ". Back up the database and apply Camunda's upgrade scripts up to "
              + engineVersion
              + " (see "
              + IncompatibleSchemaException.README_SECTION
              + "), or point the application at the database it was made for.");
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
        throw new IncompatibleSchemaException(
            "ACT_GE_SCHEMA_LOG is empty: the Camunda schema was not installed (see "
                + IncompatibleSchemaException.README_SECTION
                + ").");
      }
      return rows.getString(1);
    } catch (SQLException e) {
      if (DatabaseFailures.isOutage(e)) {
        throw new IllegalStateException("The database went away: " + e.getMessage(), e);
      }
      throw new IncompatibleSchemaException(
          "Cannot read the Camunda schema version (ACT_GE_SCHEMA_LOG): "
              + e.getMessage()
              + ". See "
              + IncompatibleSchemaException.README_SECTION
              + ".",
          e);
    }
  }

  /** The scripts of camunda-engine that create its tables; the same tables on every database. */
  private static final List<String> CREATE_SCRIPTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  private static final Pattern CREATE_TABLE =
      Pattern.compile("create table\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

  /** Refuses a database that lacks any table the engine's own create scripts make. */
  static void requireEngineTables(DataSource dataSource) {
    Set<String> missing = new TreeSet<>(engineTables());
    try (Connection connection = dataSource.getConnection();
        ResultSet tables =
            connection
                .getMetaData()
                .getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        missing.remove(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the database's tables: " + e.getMessage(), e);
    }
    if (!missing.isEmpty()) {
      throw new IncompatibleSchemaException(
          "The database lacks Camunda's tables "
              + String.join(", ", missing)
              + ": it was damaged or made by another version. Restore it from a backup (see "
              + IncompatibleSchemaException.README_SECTION
              + ").");
    }
  }

  /** Every table of this engine version, read from the scripts it ships. */
  static Set<String> engineTables() {
    Set<String> tables = new HashSet<>();
    List<String> absent = new ArrayList<>();
    for (String script : CREATE_SCRIPTS) {
      String path = "org/camunda/bpm/engine/db/create/activiti.h2.create." + script + ".sql";
      try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          absent.add(path);
          continue;
        }
        Matcher create =
            CREATE_TABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (create.find()) {
          tables.add(create.group(1).toUpperCase(Locale.ROOT));
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + path, e);
      }
    }
    if (!absent.isEmpty()) {
      throw new IllegalStateException("camunda-engine lacks its create scripts " + absent);
    }
    return tables;
  }
}
