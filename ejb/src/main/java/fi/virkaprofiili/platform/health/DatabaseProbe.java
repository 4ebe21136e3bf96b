package fi.virkaprofiili.platform.health;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.database.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database answers now, asked with a short bound so that a probe never hangs on a
 * database that is away. It is also where an outage is told to the operator: one line when the
 * database stops answering and one when it answers again, not one per failed request.
 */
@ApplicationScoped
public class DatabaseProbe {

  /** How long the database has to answer a probe: load balancers ask every few seconds. */
  static final int ANSWER_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private OrganisationTime time;
  private volatile Instant awaySince;

  public DatabaseProbe() {}

  DatabaseProbe(DataSource dataSource, OrganisationTime time) {
    this.dataSource = dataSource;
    this.time = time;
  }

  /** What keeps the database from serving now, if anything. */
  public Optional<String> problem() {
    Optional<String> problem = ask();
    synchronized (this) {
      if (problem.isPresent() && awaySince == null) {
        awaySince = time.now();
        LOG.severe(
            () ->
                "The database does not answer ("
                    + problem.get()
                    + "): this node reports not ready until it does.");
      } else if (problem.isEmpty() && awaySince != null) {
        Duration away = Duration.between(awaySince, time.now());
        awaySince = null;
        LOG.info(() -> "The database answers again after " + away.toSeconds() + " s.");
      }
    }
    return problem;
  }

  private Optional<String> ask() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(ANSWER_SECONDS)
          ? Optional.empty()
          : Optional.of("no answer within " + ANSWER_SECONDS + " s");
    } catch (SQLException | RuntimeException e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
