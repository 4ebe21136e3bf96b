package fi.virkaprofiili.platform.identity;

import fi.virkaprofiili.platform.engine.NoLockIdentityProvider;
import fi.virkaprofiili.platform.engine.ReadOnlyCommand;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A password check against the engine's users together with what Camunda's REST API then asks of
 * the user (their groups and tenants, the same queries as its {@code
 * ProcessEngineAuthenticationFilter}), in one engine command that only reads: one command context
 * and one connection instead of three, and no container transaction, which would commit nothing. It
 * answers exactly as {@code IdentityService.checkPassword} and the two queries do ({@link
 * NoLockIdentityProvider}: no lock, nobody who has left, no user without a password here).
 */
public final class EngineSignIn {

  /** Who signed in, with their groups and tenants as the engine's authentication takes them. */
  public record SignedIn(String userId, List<String> groupIds, List<String> tenantIds) {}

  private EngineSignIn() {}

  /** The signed-in user if the password is theirs; empty if not (or there is no such user). */
  public static Optional<SignedIn> check(ProcessEngine engine, String userId, String password) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(new Check(userId, password));
  }

  private record Check(String userId, String password)
      implements ReadOnlyCommand<Optional<SignedIn>> {

    @Override
    public Optional<SignedIn> execute(CommandContext context) {
      ReadOnlyIdentityProvider identities = context.getReadOnlyIdentityProvider();
      if (!(identities instanceof NoLockIdentityProvider users)) {
        // Another provider's password check might write (Camunda's own locks users).
        throw new IllegalStateException(
            "The engine's identity provider is not NoLockIdentityProvider but "
                + identities.getClass().getName());
      }
      if (!users.passwordMatches(userId, password)) {
        return Optional.empty();
      }
      List<String> groups =
          identities.createGroupQuery(context).groupMember(userId).list().stream()
              .map(Group::getId)
              .toList();
      List<String> tenants =
          identities
              .createTenantQuery(context)
              .userMember(userId)
              .includingGroupsOfUser(true)
              .list()
              .stream()
              .map(Tenant::getId)
              .toList();
      return Optional.of(new SignedIn(userId, groups, tenants));
    }
  }
}
