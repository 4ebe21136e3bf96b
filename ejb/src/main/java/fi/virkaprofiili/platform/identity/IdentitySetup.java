package fi.virkaprofiili.platform.identity;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.engine.ProcessEngineBootstrap;
import fi.virkaprofiili.platform.health.StartupProgress;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Makes sure the groups the procedure needs exist and that administrators may do everything in
 * Cockpit and Admin. In demo mode it creates the demo users; in production it creates the first
 * administrator only when asked to through settings.
 */
@Singleton
public class IdentitySetup {

  private static final Logger LOG = Logger.getLogger(IdentitySetup.class.getName());

  private static final Map<String, String> GROUP_NAMES =
      Map.of(
          Roles.STAFF, "Staff",
          Roles.MANAGERS, "Managers",
          Roles.COMMUNICATIONS, "Communications",
          Roles.IT, "IT",
          Roles.ADMINISTRATORS, "Camunda administrators");

  /** Demo users: the password of each is its user name. */
  static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("sanna", "Sanna", "Suunnittelija", List.of(Roles.STAFF)),
          new DemoUser("markus", "Markus", "Esihenkilö", List.of(Roles.STAFF, Roles.MANAGERS)),
          new DemoUser(
              "tiina",
              "Tiina",
              "Tiedottaja",
              List.of(Roles.STAFF, Roles.COMMUNICATIONS, Roles.MANAGERS)),
          new DemoUser("ilkka", "Ilkka", "Tietohallinto", List.of(Roles.STAFF, Roles.IT)),
          new DemoUser("admin", "Anna", "Ylläpitäjä", List.of(Roles.ADMINISTRATORS)));

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  @Inject private ProcessEngineBootstrap engine;

  @Inject private StartupProgress progress;

  /** Called by {@code StartupSequence} once the engine runs; changes only what is missing. */
  public void setUp() {
    IdentityService identity = engine.processEngine().getIdentityService();
    GROUP_NAMES.forEach((id, name) -> ensureGroup(identity, id, name));
    grantAdministratorsEverything(engine.processEngine().getAuthorizationService());
    if (Settings.isDemo()) {
      DEMO_USERS.forEach(
          user ->
              ensureUser(
                  identity,
                  user.id(),
                  user.id(),
                  user.firstName(),
                  user.lastName(),
                  user.groups()));
      LOG.info("Demo mode: demo users sanna, markus, tiina, ilkka and admin are available");
    }
    String initialAdmin = Settings.value(Settings.INITIAL_ADMIN_USER, "");
    String initialPassword = Settings.value(Settings.INITIAL_ADMIN_PASSWORD, "");
    if (!initialAdmin.isEmpty() && !initialPassword.isEmpty()) {
      ensureUser(
          identity, initialAdmin, initialPassword, initialAdmin, "", List.of(Roles.ADMINISTRATORS));
    }
    progress.identityReady();
  }

  private static void ensureGroup(IdentityService identity, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Roles.ADMINISTRATORS.equals(id) ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private static void ensureUser(
      IdentityService identity,
      String id,
      String password,
      String firstName,
      String lastName,
      List<String> groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@example.org");
    user.setPassword(password);
    identity.saveUser(user);
    groups.forEach(group -> identity.createMembership(id, group));
    LOG.info("Created user " + id);
  }

  private static void grantAdministratorsEverything(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      boolean granted =
          authorizations
                  .createAuthorizationQuery()
                  .groupIdIn(Roles.ADMINISTRATORS)
                  .resourceType(resource)
                  .resourceId(Authorization.ANY)
                  .count()
              > 0;
      if (!granted) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Roles.ADMINISTRATORS);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
