package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.processes.ProfileLifecycle;
import fi.virkaprofiili.worklist.boundary.TaskFilter.Due;
import fi.virkaprofiili.worklist.boundary.TaskFilter.FollowUp;
import fi.virkaprofiili.worklist.control.TaskSubjects;
import fi.virkaprofiili.worklist.control.VisibleTasks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The engine queries of the task list's consecutive parts, each in its own order: tasks with a due
 * date, then those without, then those put off until a follow-up date still ahead. Paging walks
 * them one after another, so that the engine sorts and counts, never the portal.
 */
@Dependent
class TaskListParts {

  /** "Due soon" is due within this long. */
  static final Duration SOON = Duration.ofDays(7);

  @Inject private VisibleTasks visible;
  @Inject private TaskSubjects subjects;

  TaskListParts() {}

  TaskListParts(VisibleTasks visible, TaskSubjects subjects) {
    this.visible = visible;
    this.subjects = subjects;
  }

  /** The queries of the list's consecutive parts, in the order they are shown. */
  List<TaskQuery> of(String userId, TaskFilter filter, Instant now) {
    // By name, the matching subjects are found first; by channel alone, the engine filters by its
    // variable.
    List<String> processes =
        filter.getProfileName() != null
            ? subjects.processesNamed(filter.getProfileName(), filter.getChannel())
            : null;
    if (processes != null && processes.isEmpty()) {
      return List.of();
    }
    Date nowDate = Date.from(now);
    // The user's groups are read once for all the parts.
    List<String> groups = visible.groupsOf(userId);
    UnaryOperator<TaskQuery> narrowed =
        query -> {
          if (filter.getTaskKey() != null) {
            query.taskDefinitionKey(filter.getTaskKey());
          }
          if (processes != null) {
            query.processInstanceIdIn(processes.toArray(String[]::new));
          } else if (filter.getChannel() != null) {
            query.processVariableValueEquals(
                ProfileLifecycle.VAR_CHANNEL, filter.getChannel().name());
          }
          if (filter.getDue() == Due.OVERDUE) {
            query.dueBefore(nowDate);
          } else if (filter.getDue() == Due.SOON) {
            query.dueAfter(nowDate).dueBefore(Date.from(now.plus(SOON)));
          }
          return query;
        };
    List<TaskQuery> parts = new ArrayList<>();
    if (filter.getFollowUp() != FollowUp.LATER) {
      // Every due date is after the epoch: this part holds the tasks that have one.
      parts.add(
          narrowed
              .apply(
                  visible
                      .visibleTo(userId, groups)
                      .followUpBeforeOrNotExistent(nowDate)
                      .dueAfter(new Date(0)))
              .orderByDueDate()
              .asc()
              .orderByTaskPriority()
              .desc()
              .orderByTaskCreateTime()
              .asc());
      if (filter.getDue() == Due.ANY) {
        parts.add(
            narrowed
                .apply(
                    visible
                        .visibleTo(userId, groups)
                        .followUpBeforeOrNotExistent(nowDate)
                        .withoutDueDate())
                .orderByTaskPriority()
                .desc()
                .orderByTaskCreateTime()
                .asc());
      }
    }
    if (filter.getFollowUp() != FollowUp.NOW) {
      parts.add(
          narrowed
              .apply(visible.visibleTo(userId, groups).followUpAfter(nowDate))
              .orderByFollowUpDate()
              .asc()
              .orderByTaskPriority()
              .desc()
              .orderByTaskCreateTime()
              .asc());
    }
    return parts;
  }
}
