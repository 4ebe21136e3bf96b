package fi.virkaprofiili.profile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

/**
 * What the PROFILE table looks like now (and ORGANISATION_UNIT beside it), in numbers that change
 * whenever any node commits a profile write: how many profiles there are, the sum of their
 * optimistic-lock versions (every update of a profile adds one to its own) and the highest id. Read
 * from committed rows, so a write still running on another node does not count until it commits,
 * and one that is rolled back never counts.
 *
 * <p>Why not a counter that each write increments: a row every profile write updates would
 * serialise all of them across the nodes, and a number taken from a sequence is taken before the
 * commit, so writes that commit out of order could leave the largest number unchanged.
 */
@ApplicationScoped
public class ProfileFingerprint {

  /**
   * Numbers equal only when no profile was written in between; the units' count and versions too,
   * since what the registry shows of a profile includes its unit's names (issue 12: units are
   * renamed in the portal).
   */
  public record Fingerprint(
      long profiles, long versions, long highestId, long units, long unitVersions) {}

  @PersistenceContext private EntityManager em;

  public Fingerprint now() {
    Object[] row =
        em.createQuery(
                "select count(p), coalesce(sum(p.version), 0), coalesce(max(p.id), 0)"
                    + " from Profile p",
                Object[].class)
            // Called inside a transaction too: reading must not write what it holds.
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult();
    Object[] units =
        em.createQuery(
                "select count(u), coalesce(sum(u.version), 0) from OrganisationUnit u",
                Object[].class)
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult();
    return new Fingerprint(
        number(row[0]), number(row[1]), number(row[2]), number(units[0]), number(units[1]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
