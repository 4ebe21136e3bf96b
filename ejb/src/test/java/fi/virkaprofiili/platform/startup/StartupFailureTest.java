package fi.virkaprofiili.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fi.virkaprofiili.platform.database.IncompatibleSchemaException;
import fi.virkaprofiili.platform.identity.OpenIdProviderCheck;
import fi.virkaprofiili.platform.startup.StartupFailure.Kind;
import jakarta.ejb.EJBException;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StartupFailureTest {

  private static final String URL = "jdbc:postgresql://db.example.org:5432/virkaprofiili";

  @Test
  void aDatabaseThatDoesNotListenIsDownAndWaitedFor() {
    JdbcDataSource closedPort = new JdbcDataSource();
    closedPort.setURL("jdbc:h2:tcp://127.0.0.1:1/virkaprofiili");
    Throwable refused = catchThrowable(() -> closedPort.getConnection().close());

    StartupFailure failure =
        StartupFailure.of(
            new IllegalStateException("Cannot reach the database", refused), URL, "virkaprofiili");

    assertThat(failure.kind()).isEqualTo(Kind.DATABASE_DOWN);
    assertThat(failure.retried()).isTrue();
    assertThat(failure.reason())
        .contains(URL)
        .contains("does not answer")
        .contains("VIRKAPROFIILI_DB_URL");
  }

  @Test
  void aMisconfiguredOpenIdProviderStopsStartUpWithItsOwnLine() {
    StartupFailure failure =
        StartupFailure.of(
            new OpenIdProviderCheck.OpenIdProviderException(
                "The OpenID Connect provider ... set virkaprofiili.oidc.issuer"),
            URL,
            "vp");

    assertThat(failure.kind()).isEqualTo(Kind.OPENID_PROVIDER);
    assertThat(failure.retried()).isFalse();
    assertThat(failure.reason()).contains("virkaprofiili.oidc.issuer");
  }

  @Test
  void aWrongPasswordNamesTheUserAndTheSettings() {
    // PostgreSQL's answer (PSQLException, SQLState 28P01), as the pool passes it on
    SQLException refused =
        new SQLException("FATAL: password authentication failed for user \"vp\"", "28P01");

    StartupFailure failure = StartupFailure.of(new EJBException(refused), URL, "vp");

    assertThat(failure.kind()).isEqualTo(Kind.WRONG_CREDENTIALS);
    assertThat(failure.reason())
        .contains("'vp'")
        .contains("virkaprofiili.db.password")
        .contains("VIRKAPROFIILI_DB_PASSWORD");
  }

  @Test
  void anAbsentDatabaseIsToBeCreated() {
    SQLException absent =
        new SQLException("FATAL: database \"virkaprofiili\" does not exist", "3D000");

    StartupFailure failure = StartupFailure.of(new IllegalStateException(absent), URL, "vp");

    assertThat(failure.kind()).isEqualTo(Kind.DATABASE_ABSENT);
    assertThat(failure.retried()).isTrue();
    assertThat(failure.reason()).contains("does not exist").contains("create it");
  }

  @Test
  void aPoolThatKeptOnlyTheDriversMessageIsStillUnderstood() {
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: Connection could not be allocated because:"
                + " FATAL: database \"virkaprofiili\" does not exist");

    assertThat(StartupFailure.of(pool, URL, "vp").kind()).isEqualTo(Kind.DATABASE_ABSENT);
  }

  @Test
  void aSchemaOfAnotherVersionStopsAndPointsToTheReadme() {
    Throwable schema =
        new EJBException(
            new IncompatibleSchemaException("The database holds a Camunda 7.23.0 schema"));

    StartupFailure failure = StartupFailure.of(schema, URL, "vp");

    assertThat(failure.kind()).isEqualTo(Kind.INCOMPATIBLE_SCHEMA);
    assertThat(failure.retried()).isFalse();
    assertThat(failure.reason()).contains("7.23.0");
  }

  @Test
  void aChangedChangelogIsASchemaOfAnotherVersion() {
    StartupFailure failure =
        StartupFailure.of(
            new IllegalStateException(
                "Database migration failed", new ValidationFailedException("checksum")),
            URL,
            "vp");

    assertThat(failure.kind()).isEqualTo(Kind.INCOMPATIBLE_SCHEMA);
    assertThat(failure.reason()).contains("Schema and upgrades");
  }

  @Test
  void somethingElseIsTriedAgainWithWhatItSaid() {
    StartupFailure failure =
        StartupFailure.of(
            new IllegalStateException("odd", new ArithmeticException("zero")), URL, "vp");

    assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED);
    assertThat(failure.retried()).isTrue();
    assertThat(failure.reason()).contains("ArithmeticException: zero");
  }

  @Test
  void aPasswordInTheUrlIsNeverRepeated() {
    assertThat(
            StartupFailure.redacted(
                "jdbc:postgresql://db/virkaprofiili?user=vp&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/virkaprofiili?user=vp&password=***&ssl=true");
  }

  /** Named as Liquibase's, which start-up recognises by name. */
  private static final class ValidationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ValidationFailedException(String message) {
      super(message);
    }
  }
}
