package fi.virkaprofiili.worklist.boundary;

import static fi.virkaprofiili.processes.FakeProfileReport.VAR_REPORT_ID;
import static fi.virkaprofiili.processes.ProfileLifecycle.VAR_PROFILE_ID;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.report.entity.FakeReport;
import java.util.HashMap;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The portal's own task list: the tasks of a person and of their groups. People other than
 * administrators never reach the engine's query API; they see tasks only through here.
 */
@Stateless
public class WorkList {

  @Inject private TaskService taskService;
  @Inject private IdentityService identityService;
  @PersistenceContext private EntityManager em;

  /** Tasks assigned to the user or offered to one of their groups, oldest first. */
  public List<WorkItem> tasksOf(@NotBlank String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    TaskQuery query = taskService.createTaskQuery().or().taskAssignee(userId);
    if (!groups.isEmpty()) {
      query.taskCandidateGroupIn(groups);
    }
    List<Task> tasks = query.endOr().orderByTaskCreateTime().asc().list();
    return toWorkItems(tasks);
  }

  /**
   * The user takes a group task as theirs, so that colleagues see it is being handled. Only a
   * member of a group the task is offered to may, and only while nobody has it.
   */
  public void claim(@NotBlank String taskId, @NotBlank String userId) {
    WorkItem item = task(taskId, userId);
    if (item.getAssignee() != null) {
      throw new fi.virkaprofiili.platform.ConflictException("error.alreadyClaimed",
          "Task " + taskId + " is already " + item.getAssignee() + "'s");
    }
    taskService.claim(taskId, userId);
  }

  /** The user gives a group task they claimed back to the group. */
  public void unclaim(@NotBlank String taskId, @NotBlank String userId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("error.taskGone", "Task " + taskId + " no longer waits");
    }
    boolean offeredToGroup = taskService.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> link.getGroupId() != null && "candidate".equals(link.getType()));
    if (!userId.equals(task.getAssignee()) || !offeredToGroup) {
      throw new NotPermittedException("Task " + taskId + " is not a group task claimed by " + userId);
    }
    taskService.setAssignee(taskId, null);
  }

  /** One task, if the user may see it. */
  public WorkItem task(@NotBlank String taskId, @NotBlank String userId) {
    return tasksOf(userId).stream()
        .filter(item -> item.getTaskId().equals(taskId))
        .findFirst()
        .orElseThrow(() -> taskService.createTaskQuery().taskId(taskId).count() == 0
            ? new NotFoundException("error.taskGone", "Task " + taskId + " no longer waits")
            : new NotPermittedException("Task " + taskId + " is not " + userId + "'s"));
  }

  private List<WorkItem> toWorkItems(List<Task> tasks) {
    Map<String, Long> profileIdByTask = new HashMap<>();
    Map<String, Long> reportIdByTask = new HashMap<>();
    for (Task task : tasks) {
      Map<String, Object> variables = taskService.getVariables(task.getId(), List.of(VAR_PROFILE_ID, VAR_REPORT_ID));
      if (variables.get(VAR_PROFILE_ID) != null) {
        profileIdByTask.put(task.getId(), (Long) variables.get(VAR_PROFILE_ID));
      }
      if (variables.get(VAR_REPORT_ID) != null) {
        reportIdByTask.put(task.getId(), (Long) variables.get(VAR_REPORT_ID));
      }
    }
    Map<Long, Profile> profiles = byId(Profile.class, profileIdByTask.values(), Profile::getId);
    Map<Long, FakeReport> reports = byId(FakeReport.class, reportIdByTask.values(), FakeReport::getId);
    return tasks.stream()
        .map(task -> new WorkItem(
            task.getId(),
            task.getTaskDefinitionKey(),
            task.getAssignee(),
            task.getCreateTime().toInstant(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant(),
            profiles.get(profileIdByTask.get(task.getId())),
            reports.get(reportIdByTask.get(task.getId()))))
        .toList();
  }

  private <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> idOf) {
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(idOf, Function.identity()));
  }
}
