package fi.virkaprofiili.privacy.control;

import fi.virkaprofiili.profile.entity.FormerPerson;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The people an administrator marked as left, with the name and e-mail address profiles may know
 * them by: the name recorded when they were marked, and the identity store's record while it has
 * one.
 */
@Stateless
public class PeopleWhoLeft {

  @PersistenceContext private EntityManager em;
  @Inject private IdentityService identities;

  public List<FormerPerson> all() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select USER_ID, FULL_NAME from PERSON_LEFT order by USER_ID")
            .getResultList();
    List<FormerPerson> people = new ArrayList<>();
    for (Object[] row : rows) {
      String userId = (String) row[0];
      User user = identities.createUserQuery().userId(userId).singleResult();
      String fullName = (String) row[1];
      if ((fullName == null || fullName.isBlank()) && user != null) {
        fullName =
            (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
      }
      people.add(new FormerPerson(userId, fullName, user == null ? null : user.getEmail()));
    }
    return people;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
