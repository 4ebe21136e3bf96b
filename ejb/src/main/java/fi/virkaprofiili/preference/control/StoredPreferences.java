package fi.virkaprofiili.preference.control;

import fi.virkaprofiili.preference.entity.UserPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The one place a person's choices are read, in whatever transaction the caller is in. The task
 * e-mail reads them for every task it writes; through the {@code Preferences} EJB that was a
 * container call and a method validation for one primary-key read (issue 16, item 6).
 */
@ApplicationScoped
public class StoredPreferences {

  @PersistenceContext private EntityManager em;

  /** The user's choices, or the defaults if they made none; never stored by reading. */
  public UserPreference of(String userId) {
    return chosen(userId).orElseGet(() -> new UserPreference(userId));
  }

  /** The user's choices if they made any. */
  public Optional<UserPreference> chosen(String userId) {
    return Optional.ofNullable(em.find(UserPreference.class, userId));
  }
}
