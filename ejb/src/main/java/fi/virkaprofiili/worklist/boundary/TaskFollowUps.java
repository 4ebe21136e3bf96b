package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.worklist.control.VisibleTasks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** A task put off until a day: until then, the list shows it last. */
@Stateless
public class TaskFollowUps {

  @Inject private TaskService taskService;
  @Inject private VisibleTasks visible;
  @Inject private OrganisationTime time;

  /**
   * The user puts a task that is theirs or their group's off until a day, from its start in the
   * organisation's time zone; null brings it back now. A day already past is refused.
   */
  public void followUp(@NotBlank String taskId, LocalDate day, @NotBlank String userId) {
    Task task = visible.task(taskId, userId, "set the follow-up date of");
    if (day != null && day.isBefore(time.today())) {
      throw new InvalidRequestException(
          "error.followUpPast", "Follow-up date " + day + " of task " + taskId + " is past");
    }
    task.setFollowUpDate(day == null ? null : OrganisationTime.startOf(day));
    taskService.saveTask(task);
  }
}
