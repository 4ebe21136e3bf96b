package fi.virkaprofiili.notice.control;

import fi.virkaprofiili.platform.identity.LeftPeople;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * E-mail addresses of users and groups, as the identity store knows them. A person marked as left
 * has none: they get no more e-mail from the portal.
 */
@Dependent
public class Recipients {

  @Inject private IdentityService identityService;
  @Inject private LeftPeople left;

  public Set<String> ofUser(String userId) {
    Set<String> addresses = new LinkedHashSet<>();
    if (userId != null) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null && hasAddress(user)) {
        addresses.add(user.getEmail());
      }
    }
    return addresses;
  }

  /** The user, if the identity store knows them and has an address for them. */
  public Optional<User> reachableUser(String userId) {
    User user =
        userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    return Optional.ofNullable(user).filter(this::hasAddress);
  }

  /** Members of the group who have an e-mail address. */
  public List<User> reachableMembers(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .filter(this::hasAddress)
        .toList();
  }

  private boolean hasAddress(User user) {
    return user.getEmail() != null && !user.getEmail().isBlank() && !left.hasLeft(user.getId());
  }

  public Set<String> ofGroup(String groupId) {
    Set<String> addresses = new LinkedHashSet<>();
    for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
      if (hasAddress(user)) {
        addresses.add(user.getEmail());
      }
    }
    return addresses;
  }
}
