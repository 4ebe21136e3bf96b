package fi.virkaprofiili.platform.engine;

import fi.virkaprofiili.platform.identity.LeftPeople;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's identity store without its lock. Out of the box the engine refuses even the right
 * password for a few seconds after a wrong one (its login delay), and after a number of failures
 * refuses it until an administrator unlocks the user: anyone who knows a user name could lock the
 * only administrator out. Guessing is slowed before the password is checked instead
 * (platform.identity.SignInThrottle), per client and softly per account, and nothing needs
 * unlocking. A user locked before this version signs in again, too.
 */
public class NoLockIdentityProvider extends DbIdentityServiceProvider {

  @Override
  protected boolean isUserLocked(UserEntity user) {
    return false;
  }

  /**
   * A person signed in through the organisation's provider has no password here: no password
   * matches it (Camunda's own check fails on a user without one).
   */
  @Override
  protected boolean matchPassword(String password, UserEntity user) {
    return user.getPassword() != null && !hasLeft(user) && super.matchPassword(password, user);
  }

  /**
   * A person marked as left the organisation ({@code platform.identity.LeftPeople}) signs in no
   * more, whatever password they give.
   */
  private boolean hasLeft(UserEntity user) {
    return getIdentityInfoManager().findUserInfoByUserIdAndKey(user.getId(), LeftPeople.LEFT)
        != null;
  }

  /**
   * Whether the password is the user's, as {@link #checkPassword} answers it, but without clearing
   * the lock of a user locked before this version (which {@code checkPassword} writes): it only
   * reads, so it may run without a transaction ({@link ReadOnlyCommand}). The lock it leaves holds
   * nobody back, {@link #isUserLocked} being false for everyone.
   */
  public boolean passwordMatches(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    UserEntity user = findUserById(userId);
    return user != null && matchPassword(password, user);
  }

  @Override
  protected void lockUser(UserEntity user) {
    // Nothing: a wrong password leaves the user as it was.
  }
}
