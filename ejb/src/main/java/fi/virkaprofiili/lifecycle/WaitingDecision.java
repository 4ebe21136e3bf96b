package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * The decision task a reminder is about. Its id keys the reminder: one reminder per round of
 * decision, however often the job that sends it is retried.
 */
@Dependent
public class WaitingDecision {

  @Inject private TaskService taskService;

  public String taskId(DelegateExecution execution) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(MANAGER_DECISION)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException(
          "No decision waits in process " + execution.getProcessInstanceId());
    }
    return task.getId();
  }
}
