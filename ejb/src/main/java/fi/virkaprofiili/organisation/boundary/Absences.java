package fi.virkaprofiili.organisation.boundary;

import static fi.virkaprofiili.processes.ManagerAway.*;

import fi.virkaprofiili.organisation.control.ManagerTasks;
import fi.virkaprofiili.organisation.entity.Absence;
import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.LeftPeople;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.boundary.ProfileChanges;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A manager away and their deputy (issue 12, item 5). The unit's manager, or an administrator for
 * them, records the period and the deputy, a member of {@code managers}; the {@code manager-away}
 * process then hands the unit's decisions, closure decisions and overdue reviews to the deputy at
 * the start of the first day and back to the manager after the last, each time with the tasks
 * already open, in the transaction of the timer's job: a failure moves nothing. Who may is checked
 * here, whatever the page showed.
 */
@Stateless
public class Absences {

  private static final Logger LOG = Logger.getLogger(Absences.class.getName());

  /** The longest absence one record covers. */
  public static final int MAX_DAYS = 366;

  @PersistenceContext private EntityManager em;
  @Inject private OrganisationUnits units;
  @Inject private IdentityService identity;
  @Inject private RuntimeService runtime;
  @Inject private ManagerTasks managerTasks;
  @Inject private OrganisationTime time;
  @Inject private LeftPeople left;
  @Inject private ProfileChanges changes;

  /**
   * The units whose absences this person records: the units they manage, every unit for
   * administrators; anyone else is refused.
   */
  public List<OrganisationUnit> unitsFor(@NotBlank String userId) {
    List<OrganisationUnit> theirs = recordable(userId);
    if (theirs.isEmpty()) {
      String message = "Refused: " + userId + " manages no unit and may record no absence";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return theirs;
  }

  /** Whether this person records absences at all: a unit's manager or an administrator. */
  public boolean mayRecord(@NotBlank String userId) {
    return !recordable(userId).isEmpty();
  }

  private List<OrganisationUnit> recordable(String userId) {
    boolean admin = isMember(userId, Roles.ADMINISTRATORS);
    return units.all().stream()
        .filter(unit -> admin || unit.isManagedBy(userId))
        .sorted(Comparator.comparing(OrganisationUnit::getCode))
        .toList();
  }

  /** Who can deputise for the unit's manager: the other members of {@code managers}, by name. */
  public List<UnitStructure.Manager> deputiesFor(@NotBlank String userId, @NotBlank String code) {
    OrganisationUnit unit = unitOf(userId, code, "list the deputies of");
    return identity.createUserQuery().memberOfGroup(Roles.MANAGERS).list().stream()
        .filter(user -> !unit.isManagedBy(user.getId()) && !left.hasLeft(user.getId()))
        .map(user -> new UnitStructure.Manager(user.getId(), name(user)))
        .sorted(Comparator.comparing(UnitStructure.Manager::name))
        .toList();
  }

  /** The unit's absences, the latest first. */
  public List<Absence> of(@NotBlank String userId, @NotBlank String code) {
    unitOf(userId, code, "see the absences of");
    return em.createQuery(
            "select a from Absence a where a.unitCode = :code order by a.firstDay desc, a.id desc",
            Absence.class)
        .setParameter("code", code)
        .getResultList();
  }

  /**
   * Records the manager's absence from {@code firstDay} to {@code lastDay}, both included, and
   * starts the process whose timers hand the unit's decisions to the deputy and back.
   */
  public Absence record(
      @NotBlank String code,
      @NotBlank @Size(max = 64) String deputyId,
      @NotNull LocalDate firstDay,
      @NotNull LocalDate lastDay,
      @NotBlank @PlainText @Size(max = Absence.REASON_MAX) String why,
      @NotBlank String actorId) {
    OrganisationUnit unit = unitOf(actorId, code, "record an absence of the manager of");
    if (unit.isManagedBy(deputyId)) {
      throw new InvalidRequestException(
          "absence.deputyIsManager", deputyId + " manages " + code + " already");
    }
    if (!isMember(deputyId, Roles.MANAGERS) || left.hasLeft(deputyId)) {
      throw new InvalidRequestException(
          "absence.deputyNotManager", deputyId + " is not in the group managers", deputyId);
    }
    LocalDate today = time.today();
    if (lastDay.isBefore(firstDay)) {
      throw new InvalidRequestException(
          "absence.lastBeforeFirst", "The last day is before the first");
    }
    if (lastDay.isBefore(today)) {
      throw new InvalidRequestException("absence.over", "The absence is over already");
    }
    if (firstDay.plusDays(MAX_DAYS).isBefore(lastDay)) {
      throw new InvalidRequestException(
          "absence.tooLong", "An absence is at most " + MAX_DAYS + " days", MAX_DAYS);
    }
    for (Absence other : of(actorId, code)) {
      if (other.isPlannedOrOngoing() && other.overlaps(firstDay, lastDay)) {
        throw new ConflictException(
            "absence.overlaps",
            "Unit " + code + " has an absence from " + other.getFirstDay(),
            other.getFirstDay(),
            other.getLastDay());
      }
    }
    Instant now = time.now();
    Absence absence =
        new Absence(
            code, unit.getManagerId(), deputyId, firstDay, lastDay, why, actorId, now, today);
    em.persist(absence);
    em.flush();
    String process =
        runtime
            .startProcessInstanceByKey(
                PROCESS_KEY,
                String.valueOf(absence.getId()),
                Map.of(
                    VAR_ABSENCE_ID, absence.getId(),
                    VAR_STARTS_AT, OrganisationTime.startOf(firstDay),
                    VAR_ENDS_AT, OrganisationTime.endOf(lastDay)))
            .getId();
    absence.startedAs(process);
    LOG.info(
        () ->
            actorId
                + " recorded the absence of "
                + unit.getManagerId()
                + " from unit "
                + code
                + ", "
                + firstDay
                + " to "
                + lastDay
                + ", deputy "
                + deputyId);
    return absence;
  }

  /**
   * The absence starts: the deputy decides for the unit, and the open manager's tasks of its
   * profiles move to them in this transaction. Called by the process's timer.
   */
  public HandedOver handOver(long absenceId) {
    Absence absence = absence(absenceId);
    OrganisationUnit unit = units.byCode(absence.getUnitCode());
    if (!absence.start()) {
      return new HandedOver(absence, unit.getManagerId(), 0);
    }
    Instant now = time.now();
    unit.deputise(absence.getDeputyId(), absence.getRecordedBy(), absence.getReason(), now);
    changes.written();
    int moved = managerTasks.followAll(unit, absence.getRecordedBy(), now);
    LOG.info(
        () ->
            "Unit "
                + unit.getCode()
                + ": deputy "
                + absence.getDeputyId()
                + " took "
                + moved
                + " tasks");
    return new HandedOver(absence, unit.getManagerId(), moved);
  }

  /**
   * The absence is over: the unit's manager decides again, and the open manager's tasks move back
   * to them in this transaction. Called by the process's timer.
   */
  public HandedOver handBack(long absenceId) {
    Absence absence = absence(absenceId);
    OrganisationUnit unit = units.byCode(absence.getUnitCode());
    if (!absence.end()) {
      return new HandedOver(absence, unit.getManagerId(), 0);
    }
    Instant now = time.now();
    unit.deputyEnds(absence.getRecordedBy(), absence.getReason(), now);
    changes.written();
    int moved = managerTasks.followAll(unit, absence.getRecordedBy(), now);
    LOG.info(() -> "Unit " + unit.getCode() + ": manager back, " + moved + " tasks returned");
    return new HandedOver(absence, unit.getManagerId(), moved);
  }

  /**
   * The manager or an administrator calls the absence off: a planned one never starts, an ongoing
   * one ends now and what is still open goes back to the manager, in this transaction, with its
   * timers.
   */
  public HandedOver callOff(long absenceId, @NotBlank String actorId) {
    Absence absence = absence(absenceId);
    OrganisationUnit unit = unitOf(actorId, absence.getUnitCode(), "call off an absence of");
    if (!absence.isPlannedOrOngoing()) {
      throw new ConflictException("absence.notOngoing", "Absence " + absenceId + " is over");
    }
    boolean ongoing = absence.callOff();
    String process = absence.getProcessInstanceId();
    if (process != null
        && runtime.createProcessInstanceQuery().processInstanceId(process).count() > 0) {
      runtime.deleteProcessInstance(process, "called off by " + actorId);
    }
    int moved = 0;
    if (ongoing) {
      Instant now = time.now();
      unit.deputyEnds(actorId, absence.getReason(), now);
      changes.written();
      moved = managerTasks.followAll(unit, actorId, now);
    }
    int returned = moved;
    LOG.info(() -> actorId + " called off absence " + absenceId + "; " + returned + " tasks back");
    return new HandedOver(absence, unit.getManagerId(), moved);
  }

  /**
   * What a hand-over did.
   *
   * @param absence the absence
   * @param manager the unit's manager now, who is told
   * @param tasks how many open tasks changed hands
   */
  public record HandedOver(Absence absence, String manager, int tasks) {}

  private Absence absence(long absenceId) {
    Absence absence = em.find(Absence.class, absenceId);
    if (absence == null) {
      throw new NotFoundException("error.notFound", "No absence " + absenceId);
    }
    return absence;
  }

  private OrganisationUnit unitOf(String userId, String code, String what) {
    OrganisationUnit unit = units.byCode(code);
    if (!unit.isManagedBy(userId) && !isMember(userId, Roles.ADMINISTRATORS)) {
      String message =
          "Refused: "
              + userId
              + " may not "
              + what
              + " unit "
              + code
              + ": only its manager and administrators";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return unit;
  }

  private boolean isMember(String userId, String groupId) {
    return identity.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
  }

  private static String name(org.camunda.bpm.engine.identity.User user) {
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
  }
}
