package fi.virkaprofiili.platform.identity;

import fi.virkaprofiili.platform.NotPermittedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The people who sign in through the organisation's OpenID Connect provider: on each sign-in their
 * record in the engine's identity store (names, e-mail, the groups that are roles) is created or
 * brought up to date from the provider's claims, in one transaction, so that task assignment, task
 * e-mail and Cockpit know them as the provider does. They get no local password. Groups that are no
 * role of the portal are left as they are.
 */
@Stateless
public class SignedInPeople {

  private static final Logger LOG = Logger.getLogger(SignedInPeople.class.getName());

  @Inject private IdentityService identityService;
  @Inject private LeftPeople left;

  /**
   * Records a person as the provider told of them just now.
   *
   * @param roles the {@link Roles} their provider groups mean; a role not in it is taken away
   */
  public void signedIn(
      String userId, String firstName, String lastName, String email, Set<String> roles) {
    if (left.hasLeft(userId)) {
      String message = "Refused: " + userId + " signed in through the provider but has left";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(userId);
    }
    if (created
        || !same(user.getFirstName(), firstName)
        || !same(user.getLastName(), lastName)
        || !same(user.getEmail(), email)) {
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      identityService.saveUser(user);
    }
    Set<String> held = new HashSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
      held.add(group.getId());
    }
    for (String role : Roles.ALL) {
      if (roles.contains(role) && !held.contains(role)) {
        identityService.createMembership(userId, role);
      } else if (!roles.contains(role) && held.contains(role)) {
        identityService.deleteMembership(userId, role);
      }
    }
    LOG.info(
        () ->
            (created ? "Created " : "Updated ")
                + userId
                + " from the OpenID Connect sign-in, roles "
                + roles);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
