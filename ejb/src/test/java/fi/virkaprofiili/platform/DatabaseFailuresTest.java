package fi.virkaprofiili.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void aRefusedConnectionOfARealDriverIsAnOutage() {
    // nothing listens on port 1: the driver's own exception, as a request would meet it
    Throwable refused =
        catchThrowable(() -> DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:1/absent"));

    assertThat(refused).isInstanceOf(SQLException.class);
    assertThat(DatabaseFailures.isOutage(refused)).isTrue();
  }

  @Test
  void aConnectionStateDeepInsideTheContainersWrappersIsAnOutage() {
    // PostgreSQL's PSQLException is an SQLException with SQLState class 08
    SQLException postgres = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
    Throwable jpa =
        new EJBException(new PersistenceException("Exception [EclipseLink-4002]", postgres));
    Throwable engine = new ProcessEngineException("could not execute query", postgres);

    assertThat(DatabaseFailures.isOutage(jpa)).isTrue();
    assertThat(DatabaseFailures.isOutage(engine)).isTrue();
    assertThat(DatabaseFailures.describe(jpa)).contains("refused");
  }

  @Test
  void theServerShuttingDownAndThePoolTimingOutAreOutages() {
    SQLException terminated =
        new SQLException("terminating connection due to administrator command", "57P01");
    Throwable pool =
        new IllegalStateException(
            new SQLException(
                "Error in allocating a connection. Cause: In-use connections equal max-pool-size"
                    + " and expired max-wait-time. Cannot allocate more connections."));

    assertThat(DatabaseFailures.isOutage(terminated)).isTrue();
    assertThat(DatabaseFailures.isOutage(pool)).isTrue();
    assertThat(DatabaseFailures.isOutage(new SQLTransientConnectionException("gone"))).isTrue();
    assertThat(DatabaseFailures.isOutage(new NotReadyException("starting"))).isTrue();
  }

  @Test
  void aBatchsNextExceptionIsRead() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", "XX000", new int[0]);
    batch.setNextException(new SQLException("I/O error", "08006"));

    assertThat(DatabaseFailures.isOutage(batch)).isTrue();
  }

  @Test
  void faultsOfTheRequestOrTheCodeAreNoOutage() {
    Throwable duplicate =
        new EJBException(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505")));

    assertThat(DatabaseFailures.isOutage(duplicate)).isFalse();
    assertThat(DatabaseFailures.isOutage(new IllegalArgumentException("bad"))).isFalse();
    assertThat(DatabaseFailures.isOutage(new SQLException("syntax", "42601"))).isFalse();
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(DatabaseFailures.isOutage(first)).isFalse();
  }
}
