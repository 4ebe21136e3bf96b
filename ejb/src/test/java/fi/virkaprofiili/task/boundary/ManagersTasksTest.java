package fi.virkaprofiili.task.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.engine.EngineCommands;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.processes.ProfileLifecycle;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A manager's task (a decision, a closure decision, an overdue review) is completed only by a
 * member of the managers group, even when it is still named to someone the organisation took out of
 * the group: the boundary checks what the task list only hides.
 */
class ManagersTasksTest {

  static final java.util.List<String> KINDS = ProfileLifecycle.MANAGERS_TASKS.stream().toList();

  private static ProcessEngine engine;
  private static TaskAccess access;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:managers-tasks;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setProcessEngineName("managers-tasks")
            .buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment();
    for (String kind : KINDS) {
      deployment.addModelInstance(
          kind + ".bpmn",
          Bpmn.createExecutableProcess(kind + "Process")
              .startEvent()
              .userTask(kind)
              .camundaAssignee("${manager}")
              .endEvent()
              .done());
    }
    deployment.deploy();
    IdentityService identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup(Roles.MANAGERS));
    identity.saveUser(identity.newUser("manager"));
    identity.createMembership("manager", Roles.MANAGERS);
    identity.saveUser(identity.newUser("former"));
    access = new TaskAccess(new EngineCommands(engine), identity);
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @ParameterizedTest
  @FieldSource("KINDS")
  void aManagersTaskIsTheirsWhileTheyAreInManagers(String kind) {
    Task task = taskNamedTo("manager", kind);

    assertThat(access.waitingTask(task.getId(), kind, "manager").getId()).isEqualTo(task.getId());
  }

  @ParameterizedTest
  @FieldSource("KINDS")
  void someoneNoLongerInManagersIsRefusedTheTaskStillNamedToThem(String kind) {
    Task task = taskNamedTo("former", kind);

    assertThatThrownBy(() -> access.waitingTask(task.getId(), kind, "former"))
        .isInstanceOf(NotPermittedException.class);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as("the task still waits for the unit's manager")
        .isOne();
  }

  private static Task taskNamedTo(String assignee, String kind) {
    String process =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(kind + "Process", java.util.Map.of("manager", assignee))
            .getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(process).singleResult();
  }
}
