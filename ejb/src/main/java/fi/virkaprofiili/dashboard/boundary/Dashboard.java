package fi.virkaprofiili.dashboard.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.dashboard.boundary.DashboardFigures.BelowMinimum;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures.Reviews;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures.UnitCount;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures.WaitingDecisions;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.review.control.ReviewSchedule;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The communications dashboard. Communications and managers see it: they answer for the
 * organisation's profiles as a whole and for their units'. Nobody else, since it shows every unit.
 */
@Stateless
public class Dashboard {

  private static final Logger LOG = Logger.getLogger(Dashboard.class.getName());

  /** How far ahead "reviews due soon" looks. */
  public static final int DUE_SOON_DAYS = 30;

  /** The decisions people wait for: the manager's, communications' agreement, and closures. */
  public static final List<String> DECISIONS =
      List.of(MANAGER_DECISION, COMMUNICATIONS_AGREEMENT, CLOSURE_DECISION);

  /** The most profiles below their minimum the dashboard lists. */
  public static final int BELOW_MINIMUM_SHOWN = 100;

  private static final List<ProfileState> LIVE =
      List.of(
          ProfileState.PROPOSED,
          ProfileState.IN_DECISION,
          ProfileState.APPROVED,
          ProfileState.LISTED,
          ProfileState.CLOSING);

  private static final List<ProfileState> IN_USE =
      List.of(ProfileState.LISTED, ProfileState.CLOSING);

  @PersistenceContext private EntityManager em;
  @Inject private TaskAccess access;
  @Inject private OrganisationUnits units;
  @Inject private ReviewSchedule reviews;
  @Inject private TaskService taskService;
  @Inject private OrganisationTime time;

  public boolean maySee(@NotBlank String userId) {
    return access.isMember(userId, Roles.COMMUNICATIONS) || access.isMember(userId, Roles.MANAGERS);
  }

  public DashboardFigures figures(@NotBlank String userId) {
    if (!maySee(userId)) {
      String message =
          "Refused: " + userId + " may not see the dashboard: neither communications nor a manager";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return new DashboardFigures(
        byState(), byChannel(), byUnit(), reviews(), decisions(), belowMinimum());
  }

  private Map<ProfileState, Long> byState() {
    Map<ProfileState, Long> counts = new EnumMap<>(ProfileState.class);
    for (ProfileState state : ProfileState.values()) {
      counts.put(state, 0L);
    }
    em.createQuery("select p.state, count(p) from Profile p group by p.state", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((ProfileState) row[0], (Long) row[1]));
    return counts;
  }

  private Map<Channel, Long> byChannel() {
    Map<Channel, Long> counts = new EnumMap<>(Channel.class);
    em.createQuery(
            "select p.channel, count(p) from Profile p where p.state in :inUse group by p.channel",
            Object[].class)
        .setParameter("inUse", IN_USE)
        .getResultList()
        .forEach(row -> counts.put((Channel) row[0], (Long) row[1]));
    return counts;
  }

  private List<UnitCount> byUnit() {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            "select p.unit.code, count(p) from Profile p where p.state in :inUse group by p.unit.code",
            Object[].class)
        .setParameter("inUse", IN_USE)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    List<UnitCount> byUnit = new ArrayList<>();
    for (OrganisationUnit unit : units.all()) {
      byUnit.add(new UnitCount(unit, counts.getOrDefault(unit.getCode(), 0L)));
    }
    return byUnit;
  }

  private Reviews reviews() {
    return new Reviews(
        DUE_SOON_DAYS,
        reviews.dueWithin(Duration.ofDays(DUE_SOON_DAYS)),
        reviews.waitingForOwner(),
        reviews.overdue());
  }

  /** Live profiles with fewer administrators than their kind needs (R3), by name. */
  private List<BelowMinimum> belowMinimum() {
    List<BelowMinimum> below = new ArrayList<>();
    for (ProfileKind kind : ProfileKind.values()) {
      // Counted in the database, by a join on the element collection: EclipseLink answers no
      // size() of a collection of embeddables. A profile without any administrator counts 0.
      em.createQuery(
              "select p.id from Profile p left join p.administrators a"
                  + " where p.kind = :kind and p.state in :live"
                  + " group by p.id having count(a.name) < :minimum",
              Long.class)
          .setParameter("kind", kind)
          .setParameter("live", LIVE)
          .setParameter("minimum", (long) kind.minimumAdministrators())
          .setMaxResults(BELOW_MINIMUM_SHOWN)
          .getResultList()
          .forEach(
              id -> {
                Profile profile = em.find(Profile.class, id);
                below.add(
                    new BelowMinimum(
                        profile.getId(),
                        profile.getName(),
                        profile.getUnit(),
                        profile.getAdministrators().size(),
                        kind.minimumAdministrators()));
              });
    }
    below.sort(Comparator.comparing(BelowMinimum::name).thenComparing(BelowMinimum::profileId));
    return below.size() > BELOW_MINIMUM_SHOWN ? below.subList(0, BELOW_MINIMUM_SHOWN) : below;
  }

  private List<WaitingDecisions> decisions() {
    Instant now = time.now();
    Date weekAgo = Date.from(now.minus(Duration.ofDays(7)));
    Date twoWeeksAgo = Date.from(now.minus(Duration.ofDays(14)));
    List<WaitingDecisions> decisions = new ArrayList<>();
    for (String key : DECISIONS) {
      long total = waiting(key).count();
      long underAWeek = waiting(key).taskCreatedAfter(weekAgo).count();
      long overTwoWeeks = waiting(key).taskCreatedBefore(twoWeeksAgo).count();
      List<Task> oldest = waiting(key).orderByTaskCreateTime().asc().listPage(0, 1);
      decisions.add(
          new WaitingDecisions(
              key,
              underAWeek,
              total - underAWeek - overTwoWeeks,
              overTwoWeeks,
              oldest.isEmpty() ? null : oldest.get(0).getCreateTime().toInstant()));
    }
    return decisions;
  }

  private TaskQuery waiting(String taskKey) {
    return taskService
        .createTaskQuery()
        .processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(taskKey);
  }
}
