package fi.virkaprofiili.worklist.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.VAR_PROFILE_ID;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.Profile;
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
    Map<String, Long> profileIdByTask =
        tasks.stream()
            .collect(Collectors.toMap(Task::getId, task -> (Long) taskService.getVariable(task.getId(), VAR_PROFILE_ID)));
    Map<Long, Profile> profiles = profiles(profileIdByTask.values());
    return tasks.stream()
        .map(task -> new WorkItem(
            task.getId(),
            task.getTaskDefinitionKey(),
            task.getAssignee(),
            task.getCreateTime().toInstant(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant(),
            profiles.get(profileIdByTask.get(task.getId()))))
        .toList();
  }

  private Map<Long, Profile> profiles(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select p from Profile p where p.id in :ids", Profile.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Profile::getId, Function.identity()));
  }
}
