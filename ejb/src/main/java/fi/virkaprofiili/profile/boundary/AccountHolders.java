package fi.virkaprofiili.profile.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One account, one live profile. A profile keeps its account's key in {@code LIVE_ACCOUNT_KEY}
 * while it is live, and the database keeps that column unique ({@code UQ_PROFILE_LIVE_ACCOUNT_KEY},
 * changeset app-014). Every boundary that lets a profile name an account (a proposal, a revision,
 * the set-up, an import) writes it through {@link #hold}, which refuses with the holder's name
 * before writing, and turns the constraint, when a concurrent request won the race, into the same
 * refusal rather than a server error.
 */
@Stateless
public class AccountHolders {

  /** The constraint's name as changeset app-014 creates it; databases differ in its case. */
  static final String CONSTRAINT = "UQ_PROFILE_LIVE_ACCOUNT_KEY";

  /** What both H2 and PostgreSQL report for a broken unique constraint. */
  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;

  /** The live profile that holds the account with this key, if any. */
  public Optional<Profile> liveHolder(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return em
        .createNamedQuery(Profile.HOLDING_ACCOUNT, Profile.class)
        .setParameter("key", key)
        // Not the pending change of the caller's own profile: that would break the constraint here.
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(2)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Writes the profile, persisted or changed by the caller, now, if no other live profile holds its
   * account; otherwise refuses, and the caller's transaction is rolled back whole.
   *
   * @throws AccountTaken naming the profile that holds the account
   */
  public void hold(Profile profile) {
    String key = profile.getLiveAccountKey();
    Optional<Profile> holder =
        liveHolder(key).filter(other -> !Objects.equals(other.getId(), profile.getId()));
    if (holder.isPresent()) {
      throw new AccountTaken(holder.get().getName(), key);
    }
    try {
      em.flush();
    } catch (PersistenceException raced) {
      if (key == null || !isLiveAccountKeyTaken(raced)) {
        throw raced;
      }
      // Another request took the account since the check: ask in a transaction of its own, as
      // this one is rolled back, and the winner has committed.
      String holderName =
          context.getBusinessObject(AccountHolders.class).committedHolderName(key).orElse("?");
      throw new AccountTaken(holderName, key);
    }
  }

  /** The name of the live profile that holds the account, as committed by now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<String> committedHolderName(String key) {
    return liveHolder(key).map(Profile::getName);
  }

  /** Whether a write failed on the one-live-profile constraint rather than on anything else. */
  static boolean isLiveAccountKeyTaken(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT).contains(CONSTRAINT)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
