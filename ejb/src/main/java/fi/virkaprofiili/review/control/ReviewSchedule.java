package fi.virkaprofiili.review.control;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Reviews as the engine holds them: the {@code reviewDue} timer says when the next one is due, a
 * waiting {@code periodicReview} that the owner has it now, and a waiting {@code reviewOverdue}
 * that it was not done in time and passed to the manager. Counts are counted by the database.
 */
@Dependent
public class ReviewSchedule {

  @Inject private ManagementService managementService;
  @Inject private TaskService taskService;
  @Inject private OrganisationTime time;

  /** Reviews whose timer falls due within this time from now. */
  public long dueWithin(Duration within) {
    return managementService
        .createJobQuery()
        .processDefinitionKey(PROCESS_KEY)
        .activityId(REVIEW_DUE)
        .timers()
        .duedateLowerThan(Date.from(time.now().plus(within)))
        .count();
  }

  /** Reviews due now and waiting for their owners. */
  public long waitingForOwner() {
    return taskService
        .createTaskQuery()
        .processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(PERIODIC_REVIEW)
        .count();
  }

  /** Reviews not done in time, now with the managers. */
  public long overdue() {
    return taskService
        .createTaskQuery()
        .processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(REVIEW_OVERDUE)
        .count();
  }

  /** The review status of each of these processes, in two queries whatever their number. */
  public Map<String, ReviewStatus> of(Collection<String> processInstanceIds) {
    Map<String, ReviewStatus> statuses = new HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return statuses;
    }
    // Narrowed by the timer's job definitions, not activityId(): Camunda 7.24 writes no "and"
    // between activityId and processInstanceIds in the SQL of a job query.
    Set<String> reviewTimers =
        managementService.createJobDefinitionQuery().activityIdIn(REVIEW_DUE).list().stream()
            .map(JobDefinition::getId)
            .collect(Collectors.toSet());
    for (Job timer :
        managementService
            .createJobQuery()
            .processInstanceIds(new HashSet<>(processInstanceIds))
            .timers()
            .list()) {
      if (reviewTimers.contains(timer.getJobDefinitionId())) {
        statuses.put(
            timer.getProcessInstanceId(),
            new ReviewStatus(timer.getDuedate().toInstant(), false, false));
      }
    }
    for (Task review :
        taskService
            .createTaskQuery()
            .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
            .taskDefinitionKeyIn(PERIODIC_REVIEW, REVIEW_OVERDUE)
            .list()) {
      boolean overdue = REVIEW_OVERDUE.equals(review.getTaskDefinitionKey());
      statuses.put(
          review.getProcessInstanceId(),
          new ReviewStatus(review.getCreateTime().toInstant(), true, overdue));
    }
    return statuses;
  }
}
