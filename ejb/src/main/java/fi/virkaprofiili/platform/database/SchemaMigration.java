package fi.virkaprofiili.platform.database;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.health.StartupProgress;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.util.LiquibaseUtil;

/**
 * Brings the database schema, Camunda's tables included, to the version this build expects, before
 * anything else touches the database. Called first by {@code StartupSequence}, again after each
 * failed try, so it changes nothing that is already as it should be. A database whose last complete
 * migration applied this very changelog ({@link ChangelogFingerprint}, recorded in {@code
 * SCHEMA_FINGERPRINT}) is left as it is without starting Liquibase, which would read and check
 * every change set only to find nothing to do: the usual start of a node that has run before.
 */
@Singleton
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "fi.virkaprofiili.platform.database.ConfiguredDataSource",
    transactional = true,
    minPoolSize = 2,
    maxPoolSize = 32,
    // Fail fast while the database is away: a request that cannot have a connection within a few
    // seconds gets the "try again shortly" page instead of holding a thread for a minute.
    loginTimeout = 3,
    properties = {
      // A connection is checked with a round trip (Connection.isValid) before it is handed out:
      // after a database outage the pool holds connections the server has ended, which
      // "auto-commit" validation let through (PostgreSQL's driver toggles auto-commit without
      // asking the server), so every request failed after the database was back.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.max-wait-time-in-millis=5000"
    })
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/virkaprofiili";
  public static final String CHANGELOG = "db/changelog/master.xml";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject private StartupProgress progress;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void migrate() {
    String contexts = Settings.isDemo() ? "demo" : "production";
    try (Connection connection = dataSource.getConnection()) {
      bringUpToDate(connection, SchemaMigration.class.getClassLoader(), CHANGELOG, contexts);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reach the database at " + Settings.databaseUrl() + ": " + e.getMessage(), e);
    }
    progress.schemaMigrated();
  }

  /**
   * Applies the changelog unless the database's last complete migration applied the same one.
   *
   * @return whether Liquibase ran
   */
  static boolean bringUpToDate(
      Connection connection, ClassLoader loader, String changelog, String contexts)
      throws SQLException {
    Optional<String> fingerprint =
        ChangelogFingerprint.of(loader, changelog, contexts, LiquibaseUtil.getBuildVersion());
    if (fingerprint.isPresent() && fingerprint.equals(appliedFingerprint(connection))) {
      LOG.info(
          () ->
              changelog
                  + " (contexts: "
                  + contexts
                  + ") is applied as it is: nothing to migrate, Liquibase not run");
      return false;
    }
    LOG.info(() -> "Applying " + changelog + " (contexts: " + contexts + ")");
    apply(connection, loader, changelog, contexts);
    fingerprint.ifPresent(applied -> recordFingerprint(connection, applied));
    return true;
  }

  /**
   * The fingerprint ({@link ChangelogFingerprint}) of the changelog the last complete migration
   * applied; empty on a database that has none yet, where the query fails.
   */
  static Optional<String> appliedFingerprint(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement("select FINGERPRINT from SCHEMA_FINGERPRINT where ID = 1");
        ResultSet row = statement.executeQuery()) {
      return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      return Optional.empty();
    }
  }

  /**
   * Records what was just applied. Best effort: a node that loses the race to another node
   * recording the same, or a database that refuses, only makes the next start run Liquibase.
   */
  static void recordFingerprint(Connection connection, String fingerprint) {
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement delete =
              connection.prepareStatement("delete from SCHEMA_FINGERPRINT where ID = 1");
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into SCHEMA_FINGERPRINT (ID, FINGERPRINT) values (1, ?)")) {
        delete.executeUpdate();
        insert.setString(1, fingerprint);
        insert.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        LOG.fine(() -> "The changelog's fingerprint was not recorded: " + e.getMessage());
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      LOG.fine(() -> "The changelog's fingerprint was not recorded: " + e.getMessage());
    }
  }

  /** Applies the changelog on a connection that is not in a container transaction. */
  public static void apply(Connection connection, String contexts) throws SQLException {
    apply(connection, SchemaMigration.class.getClassLoader(), CHANGELOG, contexts);
  }

  private static void apply(
      Connection connection, ClassLoader loader, String changelog, String contexts)
      throws SQLException {
    try {
      Map<String, Object> scope =
          Map.of(
              Scope.Attr.resourceAccessor.name(),
              new ClassLoaderResourceAccessor(loader),
              "liquibase.analytics.enabled",
              false,
              "liquibase.showBanner",
              false);
      Scope.child(
          scope,
          () -> {
            Database database =
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, contexts)
                .execute();
          });
    } catch (SQLException e) {
      throw e;
    } catch (Exception e) {
      // the cause is kept: start-up tells a database that went away from a changelog that failed
      throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
    }
  }
}
