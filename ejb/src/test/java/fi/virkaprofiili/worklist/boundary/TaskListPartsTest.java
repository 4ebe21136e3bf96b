package fi.virkaprofiili.worklist.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.task.boundary.TaskAccess;
import fi.virkaprofiili.worklist.boundary.TaskFilter.Due;
import fi.virkaprofiili.worklist.boundary.TaskFilter.FollowUp;
import fi.virkaprofiili.worklist.control.VisibleTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The list's parts, read one after another, give the user's tasks most urgent first: by due date,
 * then those without one, then those put off, the soonest back first. Filtering by due date or
 * follow-up leaves out whole parts or tasks within them. No name filter: no subjects are read.
 */
class TaskListPartsTest {

  private static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");

  private static ProcessEngine engine;
  private static TaskListParts parts;
  private static String overdue;
  private static String dueSoon;
  private static String dueLater;
  private static String noDueHighPriority;
  private static String noDueLowPriority;
  private static String putOffLong;
  private static String putOffShort;
  private static String othersTask;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:task-list-parts;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setProcessEngineName("task-list-parts")
            .buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "task.bpmn",
            Bpmn.createExecutableProcess("task")
                .startEvent()
                .userTask("work")
                .camundaAssignee("${assignee}")
                .endEvent()
                .done())
        .deploy();
    overdue = task("markus", NOW.minus(Duration.ofDays(1)), 50, null);
    dueLater = task("markus", NOW.plus(Duration.ofDays(30)), 50, null);
    dueSoon = task("markus", NOW.plus(Duration.ofDays(2)), 50, null);
    noDueLowPriority = task("markus", null, 10, null);
    noDueHighPriority = task("markus", null, 90, null);
    putOffLong = task("markus", NOW.minus(Duration.ofDays(3)), 50, NOW.plus(Duration.ofDays(9)));
    putOffShort = task("markus", null, 50, NOW.plus(Duration.ofDays(1)));
    othersTask = task("sanna", NOW.minus(Duration.ofDays(5)), 99, null);
    parts =
        new TaskListParts(
            new VisibleTasks(
                engine.getTaskService(), engine.getIdentityService(), new TaskAccess()),
            null);
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void theWholeListIsMostUrgentFirstAndPutOffTasksLast() {
    assertThat(list(new TaskFilter()))
        .containsExactly(
            overdue,
            dueSoon,
            dueLater,
            noDueHighPriority,
            noDueLowPriority,
            putOffShort,
            putOffLong)
        .doesNotContain(othersTask);
  }

  @Test
  void overdueAndDueSoonKeepOnlyThoseDueDates() {
    assertThat(list(filter(Due.OVERDUE, FollowUp.ALL))).containsExactly(overdue, putOffLong);
    assertThat(list(filter(Due.SOON, FollowUp.ALL))).containsExactly(dueSoon);
  }

  @Test
  void nowLeavesOutWhatIsPutOffAndLaterKeepsOnlyThat() {
    assertThat(list(filter(Due.ANY, FollowUp.NOW)))
        .containsExactly(overdue, dueSoon, dueLater, noDueHighPriority, noDueLowPriority);
    assertThat(list(filter(Due.ANY, FollowUp.LATER))).containsExactly(putOffShort, putOffLong);
  }

  private static TaskFilter filter(Due due, FollowUp followUp) {
    TaskFilter filter = new TaskFilter();
    filter.setDue(due);
    filter.setFollowUp(followUp);
    return filter;
  }

  private static List<String> list(TaskFilter filter) {
    List<String> ids = new ArrayList<>();
    for (TaskQuery part : parts.of("markus", filter, NOW)) {
      part.list().stream().map(Task::getId).forEach(ids::add);
    }
    return ids;
  }

  private static String task(String assignee, Instant due, int priority, Instant followUp) {
    String process =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("task", Map.of("assignee", assignee))
            .getId();
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(process).singleResult();
    task.setDueDate(due == null ? null : Date.from(due));
    task.setPriority(priority);
    task.setFollowUpDate(followUp == null ? null : Date.from(followUp));
    tasks.saveTask(task);
    return task.getId();
  }
}
