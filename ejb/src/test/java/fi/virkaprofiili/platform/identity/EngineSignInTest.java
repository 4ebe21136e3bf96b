package fi.virkaprofiili.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.engine.NoLockIdentityProviderTest;
import fi.virkaprofiili.platform.identity.EngineSignIn.SignedIn;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API's sign-in in one read-only command lets in exactly whom {@code checkPassword} lets
 * in, with the groups and tenants Camunda's REST filter would have queried, and writes nothing.
 */
class EngineSignInTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = NoLockIdentityProviderTest.engineWithoutUserLock("engine-sign-in");
    IdentityService identities = engine.getIdentityService();
    for (String[] person :
        new String[][] {
          {"markus", "oikea-salasana"}, {"leena", "leenan-salasana"}, {"ilkka", "ilkan-salasana"}
        }) {
      User user = identities.newUser(person[0]);
      user.setPassword(person[1]);
      identities.saveUser(user);
    }
    identities.saveUser(identities.newUser("maija"));
    for (String groupId : List.of("camunda-admin", "managers", "staff")) {
      identities.saveGroup(identities.newGroup(groupId));
    }
    identities.createMembership("markus", "camunda-admin");
    identities.createMembership("markus", "staff");
    identities.createMembership("ilkka", "managers");
    identities.saveTenant(identities.newTenant("north"));
    identities.saveTenant(identities.newTenant("south"));
    identities.createTenantUserMembership("north", "markus");
    identities.createTenantGroupMembership("south", "staff");
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void theRightPasswordGivesTheGroupsAndTenantsCamundasRestFilterWouldQuery() {
    SignedIn markus = EngineSignIn.check(engine, "markus", "oikea-salasana").orElseThrow();

    assertThat(markus.userId()).isEqualTo("markus");
    assertThat(markus.groupIds())
        .containsExactlyInAnyOrder("camunda-admin", "staff")
        .containsExactlyInAnyOrderElementsOf(groupsAsCamundaQueries("markus"));
    assertThat(markus.tenantIds())
        .as("north as a member, south through the group staff")
        .containsExactlyInAnyOrder("north", "south")
        .containsExactlyInAnyOrderElementsOf(tenantsAsCamundaQueries("markus"));

    SignedIn ilkka = EngineSignIn.check(engine, "ilkka", "ilkan-salasana").orElseThrow();
    assertThat(ilkka.groupIds()).containsExactly("managers");
    assertThat(ilkka.tenantIds()).isEmpty();
  }

  @Test
  void whomCheckPasswordRefusesIsRefused() {
    IdentityService identities = engine.getIdentityService();
    String[][] tries = {
      {"markus", "väärä"},
      {"markus", ""},
      {"markus", null},
      {"nobody", "oikea-salasana"},
      {null, "oikea-salasana"},
      {"maija", ""},
      {"maija", "mikä-tahansa"}
    };
    for (String[] attempt : tries) {
      assertThat(EngineSignIn.check(engine, attempt[0], attempt[1]))
          .as(attempt[0] + " / " + attempt[1])
          .isEmpty();
      if (attempt[0] != null) {
        assertThat(identities.checkPassword(attempt[0], attempt[1])).isFalse();
      }
    }
  }

  @Test
  void aPersonMarkedAsLeftIsRefused() {
    new LeftPeople(engine.getIdentityService())
        .markLeft("leena", Instant.parse("2026-12-01T08:00:00Z"));

    assertThat(EngineSignIn.check(engine, "leena", "leenan-salasana")).isEmpty();
    assertThat(engine.getIdentityService().checkPassword("leena", "leenan-salasana")).isFalse();
  }

  @Test
  void aUserLockedBeforeNoLockSignsInAndNothingIsWritten() {
    Date lockedUntil = new Date(System.currentTimeMillis() + 3_600_000);
    lock("ilkka", 7, lockedUntil);

    assertThat(EngineSignIn.check(engine, "ilkka", "ilkan-salasana")).isPresent();

    UserEntity ilkka = user("ilkka");
    assertThat(ilkka.getAttempts()).as("the sign-in only read").isEqualTo(7);
    assertThat(ilkka.getLockExpirationTime()).isEqualTo(lockedUntil);
    lock("ilkka", 0, null);
  }

  private static List<String> groupsAsCamundaQueries(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  private static List<String> tenantsAsCamundaQueries(String userId) {
    return engine
        .getIdentityService()
        .createTenantQuery()
        .userMember(userId)
        .includingGroupsOfUser(true)
        .list()
        .stream()
        .map(Tenant::getId)
        .toList();
  }

  private static UserEntity user(String userId) {
    return (UserEntity) engine.getIdentityService().createUserQuery().userId(userId).singleResult();
  }

  /** A lock as Camunda's own provider left it on a user, before NoLockIdentityProvider. */
  private static void lock(String userId, int attempts, Date until) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              context
                  .getIdentityInfoManager()
                  .updateUserLock(
                      context.getDbEntityManager().selectById(UserEntity.class, userId),
                      attempts,
                      until);
              return null;
            });
  }
}
