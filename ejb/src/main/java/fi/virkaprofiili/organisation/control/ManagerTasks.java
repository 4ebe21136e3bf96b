package fi.virkaprofiili.organisation.control;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The tasks the lifecycle gives a profile's unit manager ({@code managerDecision}, {@code
 * reviewOverdue}, {@code closureDecision}) follow the profile's unit: the open ones are given to
 * the manager the profile has now (their deputy while they are away, but never on the deputy's own
 * proposal: {@link OrganisationUnit#deciderFor}), and the process's {@code unitManager} names that
 * manager for the tasks still to come. Called inside the boundary's transaction, so that a failure
 * moves nothing.
 *
 * <p>A decision given to a manager who proposed the profile is routed as at submission: it waits
 * for them, {@code DecisionService} refuses to let them decide it (R4), and it is escalated to
 * communications when it has waited too long; the timeline says so.
 */
@Dependent
public class ManagerTasks {

  /** The tasks of the unit's manager, by element id. */
  public static final List<String> KEYS =
      List.of(MANAGER_DECISION, REVIEW_OVERDUE, CLOSURE_DECISION);

  @Inject private RuntimeService runtime;
  @Inject private TaskService taskService;
  @PersistenceContext private EntityManager em;

  public ManagerTasks() {}

  /** For tests on an engine of their own. */
  public ManagerTasks(RuntimeService runtime, TaskService taskService) {
    this.runtime = runtime;
    this.taskService = taskService;
  }

  /**
   * Gives the open manager's tasks of every profile of the unit to whom decides for it now: after a
   * new manager, or when the manager's absence starts or ends.
   *
   * @return how many tasks changed hands
   */
  public int followAll(OrganisationUnit unit, String actorId, Instant at) {
    em.flush();
    int moved = 0;
    for (Profile profile :
        em.createQuery("select p from Profile p where p.unit = :unit order by p.id", Profile.class)
            .setParameter("unit", unit)
            .getResultList()) {
      moved += follow(profile, actorId, at);
    }
    return moved;
  }

  /**
   * Gives the profile's open manager's tasks to its unit's manager and records it on the timeline.
   *
   * @return how many tasks changed hands
   */
  public int follow(Profile profile, String actorId, Instant at) {
    String processId = profile.getProcessInstanceId();
    if (processId == null
        || runtime.createProcessInstanceQuery().processInstanceId(processId).count() == 0) {
      return 0;
    }
    String manager = profile.getUnit().deciderFor(profile.getProposerId());
    runtime.setVariable(processId, VAR_UNIT_MANAGER, manager);
    List<Task> open =
        taskService
            .createTaskQuery()
            .processInstanceId(processId)
            .taskDefinitionKeyIn(KEYS.toArray(String[]::new))
            .list()
            .stream()
            .filter(task -> !manager.equals(task.getAssignee()))
            .toList();
    for (Task task : open) {
      taskService.setAssignee(task.getId(), manager);
    }
    if (!open.isEmpty()) {
      profile.managerTasksFollowed(
          manager, open.stream().map(Task::getTaskDefinitionKey).toList(), actorId, at);
    }
    return open.size();
  }
}
