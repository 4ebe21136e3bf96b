package fi.virkaprofiili.privacy.control;

import fi.virkaprofiili.leaver.entity.Departure;
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
    List<FormerPerson> people = new ArrayList<>();
    for (Departure departure :
        em.createQuery("select d from Departure d order by d.leftAt", Departure.class)
            .getResultList()) {
      User user = identities.createUserQuery().userId(departure.getUserId()).singleResult();
      String fullName = departure.getFullName();
      if ((fullName == null || fullName.isBlank()) && user != null) {
        fullName = (orEmpty(user.getFirstName()) + " " + orEmpty(user.getLastName())).strip();
      }
      people.add(
          new FormerPerson(departure.getUserId(), fullName, user == null ? null : user.getEmail()));
    }
    return people;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
