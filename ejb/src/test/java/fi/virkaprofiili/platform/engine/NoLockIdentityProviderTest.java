package fi.virkaprofiili.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.identity.LeftPeople;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine as the application configures it never locks a user, nor refuses the right password
 * just after a wrong one (defect 13.16): Camunda's defaults do both.
 */
public class NoLockIdentityProviderTest {

  private static ProcessEngine engine;

  /** An in-memory engine with the application's identity provider, under its own name. */
  public static ProcessEngine engineWithoutUserLock(String name) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setProcessEngineName(name);
    ProcessEngineBootstrap.withoutUserLock(configuration);
    return configuration.buildProcessEngine();
  }

  @BeforeAll
  static void startEngine() {
    engine = engineWithoutUserLock("no-lock-identity");
    IdentityService identities = engine.getIdentityService();
    User markus = identities.newUser("markus");
    markus.setPassword("oikea-salasana");
    identities.saveUser(markus);
    identities.saveUser(identities.newUser("maija"));
    User leena = identities.newUser("leena");
    leena.setPassword("leenan-salasana");
    identities.saveUser(leena);
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void theRightPasswordPassesAtOnceAfterManyWrongOnesAndNothingIsLocked() {
    IdentityService identities = engine.getIdentityService();

    for (int i = 0; i < 25; i++) {
      assertThat(identities.checkPassword("markus", "väärä-" + i)).isFalse();
    }

    assertThat(identities.checkPassword("markus", "oikea-salasana")).isTrue();
    UserEntity markus = (UserEntity) identities.createUserQuery().userId("markus").singleResult();
    assertThat(markus.getAttempts()).isZero();
    Date lockExpiration = markus.getLockExpirationTime();
    assertThat(lockExpiration).isNull();
  }

  @Test
  void oneWrongPasswordDoesNotHoldTheRightOne() {
    IdentityService identities = engine.getIdentityService();

    assertThat(identities.checkPassword("markus", "väärä")).isFalse();

    assertThat(identities.checkPassword("markus", "oikea-salasana")).isTrue();
  }

  @Test
  void aPersonWithoutAPasswordHereMatchesNoPassword() {
    IdentityService identities = engine.getIdentityService();

    assertThat(identities.checkPassword("maija", "")).isFalse();
    assertThat(identities.checkPassword("maija", "mikä-tahansa")).isFalse();
  }

  @Test
  void aPersonMarkedAsLeftMatchesNoPasswordAndOthersStillSignIn() {
    IdentityService identities = engine.getIdentityService();
    LeftPeople left = new LeftPeople(identities);
    assertThat(identities.checkPassword("leena", "leenan-salasana")).isTrue();

    left.markLeft("leena", Instant.parse("2026-12-01T08:00:00Z"));

    assertThat(left.hasLeft("leena")).isTrue();
    assertThat(identities.checkPassword("leena", "leenan-salasana")).isFalse();
    assertThat(left.hasLeft("markus")).isFalse();
    assertThat(identities.checkPassword("markus", "oikea-salasana")).isTrue();
  }
}
