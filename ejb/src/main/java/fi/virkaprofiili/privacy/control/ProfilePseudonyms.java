package fi.virkaprofiili.privacy.control;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.FormerPerson;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One closed profile at a time: which name a person who left, and giving way to a pseudonym. */
@Stateless
public class ProfilePseudonyms {

  @PersistenceContext private EntityManager em;
  @Inject private EngineHistoryPseudonyms engineHistory;
  @Inject private OrganisationTime time;

  /**
   * The closed profiles, closed at or before {@code closedBy}, that may name the person. A
   * superset: a name found inside a longer one is sorted out by the profile itself.
   */
  public List<Long> closedProfilesNaming(FormerPerson person, Instant closedBy) {
    return em.createQuery(
            "select distinct p.id from Profile p left join p.administrators a where p.state ="
                + " :closed and p.closedAt <= :closedBy and (p.proposerId = :id or p.expertId ="
                + " :id or p.access.registeredBy = :id or p.closure.decidedBy = :id or"
                + " lower(a.email) = :email or lower(a.name) = :name or lower(p.access.holders)"
                + " like :nameLike or lower(p.access.holders) like :emailLike or lower("
                + "p.closure.reason) like :nameLike or lower(p.upkeep.officialContact) like"
                + " :nameLike or lower(p.upkeep.officialContact) like :emailLike or exists (select"
                + " e from ProfileEvent e where e.profile = p and (e.actorId = :id or"
                + " lower(e.reason) like :nameLike or lower(e.reason) like :emailLike))) order by"
                + " p.id",
            Long.class)
        .setParameter("closed", ProfileState.CLOSED)
        .setParameter("closedBy", closedBy)
        .setParameter("id", person.getUserId())
        .setParameter("email", lower(person.getEmail()))
        .setParameter("name", lower(person.getFullName()))
        .setParameter("emailLike", "%" + lower(person.getEmail()) + "%")
        .setParameter("nameLike", "%" + lower(person.getFullName()) + "%")
        .getResultList();
  }

  /**
   * The profile and its process's history no longer name the person, in a transaction of its own:
   * one profile's failure (another node at it at the same moment) leaves the others done. Returns
   * whether the profile named them.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean pseudonymise(long profileId, FormerPerson person, String pseudonym) {
    Profile profile = em.find(Profile.class, profileId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (profile == null || profile.getState() != ProfileState.CLOSED) {
      return false;
    }
    boolean named = profile.pseudonymise(person, pseudonym, time.now());
    int historyRows =
        engineHistory.pseudonymise(profile.getProcessInstanceId(), person.getUserId(), pseudonym);
    return named || historyRows > 0;
  }

  /** A value no lower-cased column holds or contains, for what the person does not have. */
  private static String lower(String value) {
    return value == null ? "#none#" : value.toLowerCase(Locale.ROOT);
  }
}
