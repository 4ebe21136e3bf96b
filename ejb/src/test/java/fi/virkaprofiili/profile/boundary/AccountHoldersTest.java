package fi.virkaprofiili.profile.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/**
 * A write that loses the race for an account on the database's constraint is told apart from any
 * other failure, as H2 and PostgreSQL report it, so that it becomes the same refusal as the check.
 */
class AccountHoldersTest {

  @Test
  void theLiveAccountKeyConstraintIsRecognisedOnH2AndPostgreSql() {
    var h2 =
        new SQLIntegrityConstraintViolationException(
            "Unique index or primary key violation: \"PUBLIC.UQ_PROFILE_LIVE_ACCOUNT_KEY_INDEX_1"
                + " ON PUBLIC.PROFILE(LIVE_ACCOUNT_KEY NULLS FIRST)\"",
            "23505");
    var postgreSql =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint"
                + " \"uq_profile_live_account_key\"",
            "23505");

    assertThat(AccountHolders.isLiveAccountKeyTaken(new PersistenceException(wrapped(h2))))
        .isTrue();
    assertThat(AccountHolders.isLiveAccountKeyTaken(new PersistenceException(wrapped(postgreSql))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNotTakenForIt() {
    var otherUnique =
        new SQLException(
            "duplicate key value violates unique constraint \"uq_import_row_listed_key\"", "23505");
    var notNull = new SQLException("NULL not allowed for column \"NAME\"", "23502");

    assertThat(AccountHolders.isLiveAccountKeyTaken(new PersistenceException(otherUnique)))
        .isFalse();
    assertThat(AccountHolders.isLiveAccountKeyTaken(new PersistenceException(notNull))).isFalse();
    assertThat(AccountHolders.isLiveAccountKeyTaken(new IllegalStateException())).isFalse();
  }

  /** As EclipseLink wraps the driver's exception. */
  private static RuntimeException wrapped(SQLException cause) {
    return new RuntimeException("Internal Exception: " + cause.getMessage(), cause);
  }
}
