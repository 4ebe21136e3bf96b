package fi.virkaprofiili.notice.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** E-mail addresses of users and groups, as the identity store knows them. */
@Dependent
public class Recipients {

  @Inject private IdentityService identityService;

  public Set<String> ofUser(String userId) {
    Set<String> addresses = new LinkedHashSet<>();
    if (userId != null) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
        addresses.add(user.getEmail());
      }
    }
    return addresses;
  }

  public Set<String> ofGroup(String groupId) {
    Set<String> addresses = new LinkedHashSet<>();
    for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
      if (user.getEmail() != null && !user.getEmail().isBlank()) {
        addresses.add(user.getEmail());
      }
    }
    return addresses;
  }
}
