package fi.virkaprofiili.profile.boundary;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The units profiles can belong to. */
@Stateless
public class OrganisationUnits {

  @PersistenceContext private EntityManager em;

  public List<OrganisationUnit> all() {
    return em.createQuery(
            "select u from OrganisationUnit u order by u.code", OrganisationUnit.class)
        .getResultList();
  }

  public OrganisationUnit byCode(String code) {
    OrganisationUnit unit = code == null ? null : em.find(OrganisationUnit.class, code);
    if (unit == null) {
      throw new NotFoundException("error.unknownUnit", "No unit with code " + code);
    }
    return unit;
  }
}
