package fi.virkaprofiili.privacy.boundary;

import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.privacy.control.PeopleWhoLeft;
import fi.virkaprofiili.privacy.control.ProfilePseudonyms;
import fi.virkaprofiili.profile.entity.FormerPerson;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.Period;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The names and contact details of people who left give way to pseudonyms in profiles closed longer
 * ago than the retention period ({@link Settings#PRIVACY_RETENTION}, two years by default). A
 * person gets a new random pseudonym each round, which nothing records: the pseudonym cannot be
 * traced back to them, while within a profile it still says that one person did these things.
 */
@Stateless
public class Pseudonymisation {

  private static final Logger LOG = Logger.getLogger(Pseudonymisation.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  public static final Period DEFAULT_RETENTION = Period.ofYears(2);

  @Inject private PeopleWhoLeft peopleWhoLeft;
  @Inject private ProfilePseudonyms profiles;
  @Inject private OrganisationTime time;
  @Inject private TaskAccess access;

  /**
   * An administrator runs a round at once instead of waiting for the night, as after marking
   * someone as left whose profiles closed long ago.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int pseudonymiseNow(@NotBlank String requesterId) {
    if (!access.isMember(requesterId, Roles.ADMINISTRATORS)) {
      String message = "Refused: " + requesterId + " may not run pseudonymisation";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    LOG.info(requesterId + " runs pseudonymisation of people who left");
    return pseudonymiseDue();
  }

  /** One round over everyone who left; returns how many profiles changed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int pseudonymiseDue() {
    Instant closedBy = time.zonedNow().minus(retention()).toInstant();
    int changed = 0;
    for (FormerPerson person : peopleWhoLeft.all()) {
      String pseudonym = newPseudonym();
      for (Long profileId : profiles.closedProfilesNaming(person, closedBy)) {
        try {
          if (profiles.pseudonymise(profileId, person, pseudonym)) {
            changed++;
          }
        } catch (RuntimeException e) {
          // Another node's round at the same profile, or a database blip: the next round finds it.
          LOG.log(Level.INFO, "Profile " + profileId + " is left for the next round", e);
        }
      }
    }
    if (changed > 0) {
      LOG.info("People who left are no longer named in " + changed + " closed profiles");
    }
    return changed;
  }

  /**
   * The retention period the settings give. A value that is no period stops pseudonymisation (it is
   * safer to keep names a little longer than to pseudonymise on a misread period) and says which
   * setting to mend.
   */
  public static Period retention() {
    return Settings.period(Settings.PRIVACY_RETENTION, DEFAULT_RETENTION);
  }

  static String newPseudonym() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return "P-" + HexFormat.of().formatHex(bytes);
  }
}
