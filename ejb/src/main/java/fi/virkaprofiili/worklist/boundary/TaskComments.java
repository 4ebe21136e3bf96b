package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.worklist.control.VisibleTasks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/** What those working on a task tell each other about it, for those who may see the task. */
@Stateless
public class TaskComments {

  @Inject private TaskService taskService;
  @Inject private IdentityService identityService;
  @Inject private VisibleTasks visible;

  /** The comments on the task, oldest first, for those who may see it. */
  public List<TaskComment> comments(@NotBlank String taskId, @NotBlank String userId) {
    visible.task(taskId, userId, "read the comments of");
    return taskService.getTaskComments(taskId).stream()
        .sorted(Comparator.comparing(Comment::getTime))
        .map(TaskComments::of)
        .toList();
  }

  /** The user leaves a comment on a task that is theirs or their group's. */
  public TaskComment comment(
      @NotBlank String taskId,
      @NotBlank @Size(max = TaskComment.TEXT_MAX) @PlainText String text,
      @NotBlank String userId) {
    Task task = visible.task(taskId, userId, "comment on");
    // The engine takes a comment's author from the authenticated user, and checks that they may
    // work on the task.
    identityService.setAuthentication(userId, visible.groupsOf(userId));
    try {
      return of(taskService.createComment(taskId, task.getProcessInstanceId(), text.strip()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static TaskComment of(Comment comment) {
    return new TaskComment(
        comment.getUserId(), comment.getTime().toInstant(), comment.getFullMessage());
  }
}
