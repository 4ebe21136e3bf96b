package fi.virkaprofiili.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Signs portal users in against Camunda's identity service, so that the portal, Cockpit and the
 * REST API share one set of users, passwords and groups. A user's groups are their roles. Failures
 * are logged and throttled by {@link SignInThrottle}, which the sign-in page asks first.
 */
@ApplicationScoped
public class CamundaIdentityStore implements IdentityStore {

  @Inject private IdentityService identityService;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String userId = credential.getCaller();
    if (userId == null
        || userId.isBlank()
        || !identityService.checkPassword(userId, credential.getPasswordAsString())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(userId, groupsOf(userId));
  }

  public Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
