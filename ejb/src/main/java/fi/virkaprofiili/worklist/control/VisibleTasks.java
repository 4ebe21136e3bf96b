package fi.virkaprofiili.worklist.control;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.processes.ProfileLifecycle;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Which waiting tasks a person sees: those assigned to them and those offered to their groups. The
 * task list's every part and every act on one task start from here, so that nobody reaches a task
 * that is not theirs.
 */
@Dependent
public class VisibleTasks {

  @Inject private TaskService taskService;
  @Inject private IdentityService identityService;
  @Inject private TaskAccess access;

  public VisibleTasks() {}

  /** For tests, with the engine's services and the refusals' logger given. */
  public VisibleTasks(TaskService taskService, IdentityService identityService, TaskAccess access) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.access = access;
  }

  /** The waiting task if it is the user's or offered to their group; otherwise a logged refusal. */
  public Task task(String taskId, String userId, String action) {
    if (!TaskAccess.isWellFormed(taskId)) {
      throw new NotFoundException("error.taskGone", "No task can have the id given");
    }
    Task task = visibleTo(userId, groupsOf(userId)).taskId(taskId).singleResult();
    if (task != null) {
      return task;
    }
    if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
      throw new NotFoundException("error.taskGone", "Task " + taskId + " no longer waits");
    }
    throw access.refuse(userId, action, taskId, "it is neither theirs nor offered to their groups");
  }

  /**
   * A query of the tasks assigned to the user or offered to one of {@code groups}, theirs. A
   * manager's tasks (decisions, closure decisions, overdue reviews) only while they are in {@code
   * managers}: someone whose organisation took them out of it no longer has them in their list,
   * though the tasks wait as they were, named to them, until the unit has a manager again.
   */
  public TaskQuery visibleTo(String userId, List<String> groups) {
    TaskQuery query = taskService.createTaskQuery().or().taskAssignee(userId);
    if (!groups.isEmpty()) {
      query.taskCandidateGroupIn(groups);
    }
    TaskQuery visible = query.endOr();
    if (!groups.contains(Roles.MANAGERS)) {
      visible.taskDefinitionKeyNotIn(ProfileLifecycle.MANAGERS_TASKS.toArray(String[]::new));
    }
    return visible;
  }

  /** The ids of the user's groups. */
  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }
}
