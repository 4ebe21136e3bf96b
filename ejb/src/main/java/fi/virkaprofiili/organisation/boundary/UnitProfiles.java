package fi.virkaprofiili.organisation.boundary;

import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.review.control.ReviewSchedule;
import fi.virkaprofiili.review.control.ReviewStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The profiles of the units a manager manages, a page at a time, with when each is reviewed next.
 * Only the manager of a unit sees its list (R4: they answer for the unit's profiles).
 */
@Stateless
public class UnitProfiles {

  private static final Logger LOG = Logger.getLogger(UnitProfiles.class.getName());

  public static final int MAX_PAGE = 100;

  private static final String WHERE = " from Profile p where p.unit.managerId = :manager";

  /** What the list can be ordered by; each a column of the profile, never text from the request. */
  public enum Order {
    NAME("p.name"),
    STATE("p.state"),
    CHANNEL("p.channel"),
    PROPOSED("p.proposedAt");

    private final String path;

    Order(String path) {
      this.path = path;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private ReviewSchedule reviews;

  /** Whether this person manages any unit, and so has a list to see. */
  public boolean managesAUnit(@NotBlank String userId) {
    return em.createQuery(
                "select count(u) from OrganisationUnit u where u.managerId = :manager", Long.class)
            .setParameter("manager", userId)
            .getSingleResult()
        > 0;
  }

  /** How many profiles the units this manager manages have; anyone else is refused. */
  public long count(@NotBlank String managerId) {
    if (!managesAUnit(managerId)) {
      String message = "Refused: " + managerId + " manages no unit and has no unit profiles to see";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return em.createQuery("select count(p)" + WHERE, Long.class)
        .setParameter("manager", managerId)
        .getSingleResult();
  }

  public Rows<UnitProfile> page(
      @NotBlank String managerId,
      @Min(0) int first,
      @Min(1) @Max(MAX_PAGE) int size,
      @NotNull Order order,
      boolean ascending) {
    long total = count(managerId);
    String where = WHERE;
    // Only the columns the list shows: a page of entities would bring their collections along.
    List<Object[]> profiles =
        em.createQuery(
                "select p.id, p.name, p.channel, p.state, p.processInstanceId"
                    + where
                    + " order by "
                    + order.path
                    + (ascending ? " asc" : " desc")
                    + ", p.id",
                Object[].class)
            .setParameter("manager", managerId)
            .setFirstResult(Rows.first(first))
            .setMaxResults(size)
            .getResultList();
    Map<String, ReviewStatus> statuses =
        reviews.of(profiles.stream().map(row -> (String) row[4]).filter(Objects::nonNull).toList());
    List<UnitProfile> rows =
        profiles.stream()
            .map(
                row ->
                    new UnitProfile(
                        (Long) row[0],
                        (String) row[1],
                        (Channel) row[2],
                        (ProfileState) row[3],
                        row[4] == null
                            ? ReviewStatus.NONE
                            : statuses.getOrDefault((String) row[4], ReviewStatus.NONE)))
            .toList();
    return new Rows<>(rows, total);
  }
}
