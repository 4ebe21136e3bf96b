package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * The task a reminder is about: the decision, or the closure notice. Its id keys the reminder: one
 * reminder per round, however often the job that sends it is retried.
 */
@Dependent
public class WaitingDecision {

  @Inject private TaskService taskService;

  public String taskId(DelegateExecution execution) {
    return taskId(execution, MANAGER_DECISION);
  }

  /** The open task of this kind in the execution's process, such as the closure notice. */
  public String taskId(DelegateExecution execution, String taskKey) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException(
          "No " + taskKey + " waits in process " + execution.getProcessInstanceId());
    }
    return task.getId();
  }
}
