package fi.virkaprofiili.preference.boundary;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.preference.control.StoredPreferences;
import fi.virkaprofiili.preference.entity.UserPreference;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A person's choices. The actor is always the person whose choices they are: the portal passes the
 * signed-in user, and nobody changes another's.
 */
@Stateless
public class Preferences {

  @PersistenceContext private EntityManager em;
  @Inject private StoredPreferences stored;

  /** The user's choices, or the defaults if they made none; never stored by reading. */
  public UserPreference of(@NotBlank String userId) {
    return stored.of(userId);
  }

  /** The user's choices if they made any. */
  public Optional<UserPreference> chosen(@NotBlank String userId) {
    return stored.chosen(userId);
  }

  /** The signed-in user chooses whether tasks are e-mailed to them, and in which language. */
  public UserPreference choose(
      @NotBlank String userId, boolean taskMail, @NotBlank String language) {
    if (!UserPreference.LANGUAGES.contains(language)) {
      throw new InvalidRequestException("error.language", "No mail is written in " + language);
    }
    UserPreference preference = em.find(UserPreference.class, userId);
    if (preference == null) {
      preference = new UserPreference(userId);
      em.persist(preference);
    }
    if (taskMail) {
      preference.turnTaskMailOn();
    } else {
      preference.turnTaskMailOff();
    }
    preference.writeTo(language);
    return preference;
  }
}
