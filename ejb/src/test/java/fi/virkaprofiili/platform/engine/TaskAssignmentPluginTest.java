package fi.virkaprofiili.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.processes.ProfileLifecycle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin hears of every user task given to someone, in a process whose BPMN says nothing of it,
 * inside the transaction that gives it: what a listener writes there commits or rolls back with the
 * task, and a listener that fails fails the step.
 */
class TaskAssignmentPluginTest {

  private static final List<TaskAssigned> announced = new CopyOnWriteArrayList<>();
  private static final List<Boolean> insideACommand = new CopyOnWriteArrayList<>();
  private static volatile RuntimeException listenerFailure;
  private static ProcessEngine engine;

  /** One engine for the class: building its schema is the slow part. */
  @BeforeAll
  static void startEngine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:task-assignment-plugin;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setProcessEngineName("task-assignment-plugin");
    configuration
        .getProcessEnginePlugins()
        .add(
            new TaskAssignmentPlugin(
                assigned -> {
                  insideACommand.add(Context.getCommandContext() != null);
                  if (listenerFailure != null) {
                    throw listenerFailure;
                  }
                  announced.add(assigned);
                }));
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "personal.bpmn", process("personal", "userTask", Map.of("assignee", "markus")))
        .addModelInstance("group.bpmn", process("group", "userTask", Map.of("groups", "it")))
        .deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @BeforeEach
  void startAfresh() {
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .list()
        .forEach(
            instance ->
                engine.getRuntimeService().deleteProcessInstance(instance.getId(), "next test"));
    announced.clear();
    insideACommand.clear();
    listenerFailure = null;
  }

  @Test
  void aTaskCreatedForAPersonIsAnnouncedWithWhatItConcerns() {
    engine
        .getRuntimeService()
        .startProcessInstanceByKey("personal", Map.of(ProfileLifecycle.VAR_PROFILE_ID, 42L));
    Task task = engine.getTaskService().createTaskQuery().singleResult();

    assertThat(announced)
        .as("once, though the engine tells of its creation and of its assignment")
        .singleElement()
        .satisfies(
            assigned -> {
              assertThat(assigned.taskId()).isEqualTo(task.getId());
              assertThat(assigned.taskKey()).isEqualTo("userTask");
              assertThat(assigned.assignee()).isEqualTo("markus");
              assertThat(assigned.profileId()).isEqualTo(42L);
              assertThat(assigned.reportId()).isNull();
            });
  }

  @Test
  void aGroupTaskIsAnnouncedWithItsGroupsAndAClaimAsTheAssignment() {
    engine.getRuntimeService().startProcessInstanceByKey("group");
    Task task = engine.getTaskService().createTaskQuery().singleResult();
    assertThat(announced)
        .singleElement()
        .satisfies(
            assigned -> {
              assertThat(assigned.assignee()).isNull();
              assertThat(assigned.candidateGroups()).isEqualTo(Set.of("it"));
            });

    engine.getTaskService().claim(task.getId(), "ilkka");
    assertThat(announced)
        .hasSize(2)
        .last()
        .satisfies(assigned -> assertThat(assigned.assignee()).isEqualTo("ilkka"));

    engine.getTaskService().setAssignee(task.getId(), null);
    assertThat(announced).as("giving a task back gives it to nobody new").hasSize(2);
  }

  @Test
  void theTaskIsHeardInsideTheCommandThatCreatesIt() {
    engine.getRuntimeService().startProcessInstanceByKey("personal");

    assertThat(insideACommand).isNotEmpty().containsOnly(true);
  }

  @Test
  void aListenerThatFailsUndoesTheStepThatGaveTheTask() {
    listenerFailure = new IllegalStateException("the outbox cannot be written");

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("personal"))
        .hasRootCause(listenerFailure);

    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  private static BpmnModelInstance process(String key, String taskId, Map<String, String> to) {
    var task = Bpmn.createExecutableProcess(key).startEvent().userTask(taskId);
    if (to.containsKey("assignee")) {
      task.camundaAssignee(to.get("assignee"));
    } else {
      task.camundaCandidateGroups(to.get("groups"));
    }
    return task.endEvent().done();
  }
}
