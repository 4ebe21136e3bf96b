package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.worklist.control.VisibleTasks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A group task taken by one member, so that colleagues see it is being handled, and given back to
 * the group.
 */
@Stateless
public class TaskClaims {

  @Inject private TaskService taskService;
  @Inject private VisibleTasks visible;

  /**
   * The user takes a group task as theirs. Only a member of a group the task is offered to may, and
   * only while nobody has it.
   */
  public void claim(@NotBlank String taskId, @NotBlank String userId) {
    Task task = visible.task(taskId, userId, "open");
    if (task.getAssignee() != null) {
      throw new ConflictException(
          "error.alreadyClaimed", "Task " + taskId + " is already " + task.getAssignee() + "'s");
    }
    taskService.claim(taskId, userId);
  }

  /** The user gives a group task they claimed back to the group. */
  public void unclaim(@NotBlank String taskId, @NotBlank String userId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("error.taskGone", "Task " + taskId + " no longer waits");
    }
    boolean offeredToGroup =
        taskService.getIdentityLinksForTask(taskId).stream()
            .anyMatch(link -> link.getGroupId() != null && "candidate".equals(link.getType()));
    if (!userId.equals(task.getAssignee()) || !offeredToGroup) {
      throw new NotPermittedException(
          "Task " + taskId + " is not a group task claimed by " + userId);
    }
    taskService.setAssignee(taskId, null);
  }
}
