package fi.virkaprofiili.leaver.boundary;

import static fi.virkaprofiili.processes.PersonLeft.*;

import fi.virkaprofiili.leaver.entity.Departure;
import fi.virkaprofiili.leaver.entity.Person;
import fi.virkaprofiili.organisation.entity.Absence;
import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.LeftPeople;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.processes.ProfileLifecycle;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.entity.Draft;
import fi.virkaprofiili.task.boundary.TaskAccess;
import fi.virkaprofiili.task.boundary.TaskNames;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * An administrator marks a person as left the organisation. In the one transaction of that step,
 * which a failure undoes whole:
 *
 * <ul>
 *   <li>the person is taken off the administrators of every live profile; where a profile falls
 *       below its minimum (R3) the manager of its unit gets {@code nameAnotherAdministrator};
 *   <li>for each live profile whose registered access names the person (R8), IT gets {@code
 *       revokeLeaversAccess};
 *   <li>the approved, listed and closing profiles the person owns pass to the manager of their
 *       unit, with the owner's tasks still to come (a proposal of theirs not yet decided is
 *       withdrawn: its manager, who would own it, decides it);
 *   <li>the person's open tasks go to the manager of the unit of the task's profile; a group task
 *       they had taken goes back to its group, whose members do it;
 *   <li>each profile's timeline records what happened to it;
 *   <li>the person signs in no more and gets no more e-mail ({@link LeftPeople}).
 * </ul>
 *
 * A unit's manager is not marked as left while they manage it: their tasks and the tasks of their
 * unit would have nobody to go to. Only members of {@link Roles#ADMINISTRATORS} mark people as
 * left.
 */
@Stateless
public class Leavers {

  private static final Logger LOG = Logger.getLogger(Leavers.class.getName());

  private static final EnumSet<ProfileState> LIVE =
      EnumSet.complementOf(
          EnumSet.of(ProfileState.CLOSED, ProfileState.REJECTED, ProfileState.WITHDRAWN));

  @PersistenceContext private EntityManager em;
  @Inject private IdentityService identityService;
  @Inject private RuntimeService runtimeService;
  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private LeftPeople left;
  @Inject private OrganisationTime time;

  /**
   * Marks the person as left, with what follows from it, all at once.
   *
   * @throws NotPermittedException when the actor is no administrator, or is the person
   * @throws NotFoundException when no such person is known
   * @throws ConflictException when the person already left or manages a unit
   */
  public Departed markLeft(
      @NotBlank String actorId,
      @NotBlank(message = "{leaver.person.required}") @Size(max = 64) @SingleLine String userId,
      @NotBlank(message = "{leaver.reason.required}")
          @Size(max = Departure.REASON_MAX, message = "{proposal.text.size}")
          @PlainText
          String reason) {
    requireAdministrator(actorId);
    Person person = person(userId.strip());
    if (person.userId().equals(actorId)) {
      throw refuse(actorId, "mark themselves as left");
    }
    if (left.hasLeft(person.userId()) || em.find(Departure.class, person.userId()) != null) {
      throw new ConflictException(
          "leaver.alreadyLeft", person.userId() + " is already marked as left");
    }
    List<OrganisationUnit> managed =
        em.createQuery(
                "select u from OrganisationUnit u where u.managerId = :id order by u.code",
                OrganisationUnit.class)
            .setParameter("id", person.userId())
            .getResultList();
    if (!managed.isEmpty()) {
      throw new ConflictException(
          "leaver.managesUnit",
          person.userId() + " manages " + managed.get(0).getCode() + ": name a new manager first",
          managed.get(0).name(Locale.forLanguageTag("fi")));
    }
    List<Absence> deputising =
        em.createQuery(
                "select a from Absence a where a.deputyId = :id and a.state in :states order by"
                    + " a.firstDay",
                Absence.class)
            .setParameter("id", person.userId())
            .setParameter("states", EnumSet.of(Absence.State.PLANNED, Absence.State.ONGOING))
            .getResultList();
    if (!deputising.isEmpty()) {
      // a deputy who left would be handed the unit's decisions, or keep them, with nobody there
      throw new ConflictException(
          "leaver.deputises",
          person.userId()
              + " is the deputy in an absence of unit "
              + deputising.get(0).getUnitCode()
              + ": call it off or name another deputy first",
          deputising.get(0).getUnitCode());
    }
    Instant now = time.now();
    List<String> belowMinimum = new ArrayList<>();
    List<String> accessToRevoke = new ArrayList<>();
    List<String> administered = new ArrayList<>();
    List<String> owned = new ArrayList<>();
    List<String> withdrawn = new ArrayList<>();
    List<String> toClose = new ArrayList<>();
    for (Profile profile : liveProfiles()) {
      if (profile.expertLeft(person.userId(), actorId, now)) {
        toClose.add(profile.getName());
        askForClosure(profile);
      }
      if (profile.withdrawnAsProposerLeft(person.userId(), actorId, now)) {
        withdrawn.add(profile.getName());
        withdrawProcess(profile);
        continue;
      }
      if (profile.administratorLeft(person::isAdministrator, person.fullName(), actorId, now)) {
        administered.add(profile.getName());
        if (profile.isBelowMinimumAdministrators()) {
          belowMinimum.add(profile.getName());
          followUp(profile, person, ADMINISTRATOR_NEEDED);
        }
      }
      if (profile.isProposedBy(person.userId())
          && !profile.getUnit().isManagedBy(person.userId())
          && profile.ownerLeft(profile.getUnit().getManagerId(), actorId, now)) {
        owned.add(profile.getName());
        if (profile.getProcessInstanceId() != null
            && runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceId(profile.getProcessInstanceId())
                    .count()
                > 0) {
          // the owner's tasks still to come (reviews, closing steps) go to the new owner
          runtimeService.setVariable(
              profile.getProcessInstanceId(),
              ProfileLifecycle.VAR_PROPOSER,
              profile.getUnit().getManagerId());
        }
      }
      if (profile.getAccess() != null && person.holdsAccessBy(profile.getAccess().getHolders())) {
        accessToRevoke.add(profile.getName());
        profile.note(ProfileEventType.ACCESS_REVOCATION_ASKED, actorId, person.fullName(), now);
        followUp(profile, person, ACCESS_TO_REVOKE);
      }
    }
    int handedOn = handOnTasks(person, actorId, now);
    em.persist(new Departure(person, actorId, reason, now));
    left.markLeft(person.userId(), now);
    LOG.info(
        () ->
            actorId
                + " marked "
                + person.userId()
                + " as left: off "
                + administered.size()
                + " profiles, "
                + belowMinimum.size()
                + " below their minimum, "
                + accessToRevoke.size()
                + " accesses to revoke, "
                + withdrawn.size()
                + " proposals withdrawn, "
                + toClose.size()
                + " expert profiles to a closure decision, "
                + handedOn
                + " tasks handed on");
    return new Departed(
        person.userId(),
        person.fullName(),
        administered,
        belowMinimum,
        accessToRevoke,
        owned,
        withdrawn,
        toClose,
        handedOn);
  }

  /**
   * The closure decision of an expert profile whose expert left starts as a manager's request would
   * start it. A closure already waiting for its decision is left to it.
   */
  private void askForClosure(Profile profile) {
    runtimeService
        .createMessageCorrelation(ProfileLifecycle.CLOSURE_REQUESTED_MESSAGE)
        .processInstanceId(profile.getProcessInstanceId())
        .correlateAll();
  }

  /**
   * The withdrawn proposal's process ends as at a withdrawal by its proposer, with its decision or
   * revision task; a revision they had begun is no one's to finish and goes with it.
   */
  private void withdrawProcess(Profile profile) {
    em.createNamedQuery(Draft.DELETE_OF_PROFILE)
        .setParameter("profileId", profile.getId())
        .executeUpdate();
    if (profile.getProcessInstanceId() != null) {
      runtimeService
          .createMessageCorrelation(ProfileLifecycle.PROPOSAL_WITHDRAWN_MESSAGE)
          .processInstanceId(profile.getProcessInstanceId())
          .correlate();
    }
  }

  /**
   * Whether the person was marked as left: the portal then ends a session they still had, since
   * signing in again is refused anyway.
   */
  public boolean hasLeft(String userId) {
    return left.hasLeft(userId);
  }

  /** Everyone marked as left, the latest first; administrators only. */
  public List<Departure> departures(@NotBlank String actorId) {
    requireAdministrator(actorId);
    return em.createNamedQuery(Departure.LATEST, Departure.class)
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * The people who may be marked as left: known to the store and not yet left; administrators only.
   */
  public List<Person> people(@NotBlank String actorId) {
    requireAdministrator(actorId);
    return identityService.createUserQuery().orderByUserId().asc().list().stream()
        .filter(user -> !left.hasLeft(user.getId()))
        .map(Leavers::personOf)
        .toList();
  }

  private List<Profile> liveProfiles() {
    return em.createNamedQuery(Profile.IN_STATES, Profile.class)
        .setParameter("states", LIVE)
        .getResultList();
  }

  private void followUp(Profile profile, Person person, String followUp) {
    runtimeService.startProcessInstanceByKey(
        PROCESS_KEY,
        profile.getId() + "/" + person.userId(),
        Variables.createVariables()
            .putValue(VAR_PROFILE_ID, profile.getId())
            .putValue(VAR_LEAVER_ID, person.userId())
            .putValue(VAR_LEAVER_NAME, person.fullName())
            .putValue(VAR_FOLLOW_UP, followUp)
            .putValue(VAR_UNIT_MANAGER, profile.getUnit().getManagerId()));
  }

  /**
   * Each task assigned to the person goes to the manager of the unit of its profile; one they had
   * taken from a group goes back to the group. Returns how many moved.
   */
  private int handOnTasks(Person person, String actorId, Instant now) {
    int moved = 0;
    for (Task task : taskService.createTaskQuery().taskAssignee(person.userId()).list()) {
      boolean groupTask =
          taskService.getIdentityLinksForTask(task.getId()).stream()
              .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
      Profile profile = profileOf(task);
      String taskName = TaskNames.of(task.getTaskDefinitionKey(), Locale.forLanguageTag("fi"));
      if (groupTask) {
        taskService.setAssignee(task.getId(), null);
        if (profile != null) {
          profile.note(
              ProfileEventType.TASK_HANDED_ON,
              actorId,
              taskName + ": " + person.fullName() + " → " + groupsOf(task),
              now);
        }
      } else if (profile != null) {
        String manager = profile.getUnit().getManagerId();
        taskService.setAssignee(task.getId(), manager);
        profile.note(
            ProfileEventType.TASK_HANDED_ON,
            actorId,
            taskName + ": " + person.fullName() + " → " + manager,
            now);
      } else {
        // A task about no profile names no unit, and so no manager: it goes to nobody rather than
        // stay with someone who cannot sign in, and the log says which.
        LOG.warning(
            "Task " + task.getId() + " of " + person.userId() + " is about no profile: unassigned");
        taskService.setAssignee(task.getId(), null);
      }
      moved++;
    }
    return moved;
  }

  private String groupsOf(Task task) {
    return String.join(
        ", ",
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .sorted()
            .toList());
  }

  private Profile profileOf(Task task) {
    Object id =
        task.getProcessInstanceId() == null
            ? null
            : runtimeService.getVariable(task.getProcessInstanceId(), VAR_PROFILE_ID);
    return id instanceof Long profileId ? em.find(Profile.class, profileId) : null;
  }

  private Person person(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new NotFoundException("leaver.unknownPerson", "No person " + userId);
    }
    return personOf(user);
  }

  private static Person personOf(User user) {
    return new Person(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
  }

  private void requireAdministrator(String actorId) {
    if (!tasks.isMember(actorId, Roles.ADMINISTRATORS)) {
      throw refuse(actorId, "mark people as left: not in " + Roles.ADMINISTRATORS);
    }
  }

  private static NotPermittedException refuse(String actorId, String what) {
    String message = "Refused: " + actorId + " may not " + what;
    LOG.warning(message);
    return new NotPermittedException(message);
  }
}
