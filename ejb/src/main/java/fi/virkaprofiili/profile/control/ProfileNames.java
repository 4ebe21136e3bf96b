package fi.virkaprofiili.profile.control;

import fi.virkaprofiili.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A profile's name alone, for what only names it (a task's e-mail), in the caller's transaction:
 * one column instead of the profile with its unit, and no container call around it (issue 16, item
 * 6).
 */
@ApplicationScoped
public class ProfileNames {

  @PersistenceContext private EntityManager em;

  public String of(long profileId) {
    return em.createQuery("select p.name from Profile p where p.id = :id", String.class)
        .setParameter("id", profileId)
        // Flushed first as JPQL does by default: a profile submitted in this very step is found.
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("error.unknownProfile", "No profile " + profileId));
  }
}
