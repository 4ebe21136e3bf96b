package fi.virkaprofiili.web.bench;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * What both sides of the benchmark do alike, on their own engine: find the task a person would
 * open, and run the jobs waiting at an element at once, so that the job executor's polling is not
 * measured.
 */
final class ProcessSteps {

  private final ProcessEngine engine;

  ProcessSteps(ProcessEngine engine) {
    this.engine = engine;
  }

  String task(String processInstanceId, String taskKey) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("No " + taskKey + " task in process " + processInstanceId);
    }
    return task.getId();
  }

  /** Runs the jobs (continuations or timers, due or not) waiting at the element. */
  void runJobs(String processInstanceId, String activityId, int expected) {
    List<Job> jobs =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(activityId)
            .list();
    if (jobs.size() != expected) {
      throw new IllegalStateException(
          jobs.size()
              + " jobs at "
              + activityId
              + " in process "
              + processInstanceId
              + ", expected "
              + expected);
    }
    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  /** Whether the process ran to its end event. */
  boolean endedAt(String processInstanceId, String endEventId) {
    var instance =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    return instance != null
        && instance.getEndTime() != null
        && endEventId.equals(instance.getEndActivityId());
  }
}
