package fi.virkaprofiili.profile.boundary;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.validation.TextCharacters;
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
    // a code with control characters is no unit's, and PostgreSQL refuses a NUL in a query
    OrganisationUnit unit =
        code == null || !TextCharacters.isSingleLine(code)
            ? null
            : em.find(OrganisationUnit.class, code);
    if (unit == null) {
      throw new NotFoundException("error.unknownUnit", "No unit with code " + code);
    }
    return unit;
  }
}
