package fi.virkaprofiili.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.web.platform.ErrorPagesFilter;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

  @Test
  void aDatabaseOutageIsA503WithAReason() {
    Throwable away =
        new EJBException(
            new PersistenceException(new SQLTransientConnectionException("timed out")));

    assertThat(ApiErrors.Failed.statusOf(away)).isEqualTo(503);
    assertThat(ErrorPagesFilter.json(503)).contains("try again shortly");
  }

  @Test
  void anyOtherFailureStaysA500() {
    assertThat(ApiErrors.Failed.statusOf(new IllegalStateException("bug"))).isEqualTo(500);
  }
}
