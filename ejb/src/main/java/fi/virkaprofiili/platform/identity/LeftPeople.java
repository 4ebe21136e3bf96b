package fi.virkaprofiili.platform.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;

/**
 * Who has left the organisation, as the engine's identity store keeps it (the user info {@link
 * #LEFT}): there, every password check (portal form, Cockpit, {@code /engine-rest}) refuses them
 * ({@code NoLockIdentityProvider}), the sign-in through the organisation's provider refuses them
 * ({@link SignedInPeople}) and no e-mail is addressed to them. Written in the transaction that
 * marks them as left, with the rest of that step.
 */
@Dependent
public class LeftPeople {

  /** The user info key whose presence says the person left; its value is when, ISO-8601. */
  public static final String LEFT = "virkaprofiili.left";

  @Inject private IdentityService identityService;

  public LeftPeople() {}

  /** For tests on an engine of their own. */
  public LeftPeople(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void markLeft(String userId, java.time.Instant at) {
    identityService.setUserInfo(userId, LEFT, at.toString());
  }

  public boolean hasLeft(String userId) {
    return userId != null && identityService.getUserInfo(userId, LEFT) != null;
  }
}
