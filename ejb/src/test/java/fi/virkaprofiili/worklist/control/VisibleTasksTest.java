package fi.virkaprofiili.worklist.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.processes.ProfileLifecycle;
import fi.virkaprofiili.task.boundary.TaskAccess;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person sees the tasks assigned to them and those offered to their groups, and no other: the
 * task list and every act on one task rely on it.
 */
class VisibleTasksTest {

  private static ProcessEngine engine;
  private static VisibleTasks visible;
  private static String markusTask;
  private static String itTask;
  private static String decision;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:visible-tasks;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setProcessEngineName("visible-tasks")
            .buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "personal.bpmn",
            Bpmn.createExecutableProcess("personal")
                .startEvent()
                .userTask("decide")
                .camundaAssignee("markus")
                .endEvent()
                .done())
        .addModelInstance(
            "manager.bpmn",
            Bpmn.createExecutableProcess("manager")
                .startEvent()
                .userTask(ProfileLifecycle.MANAGER_DECISION)
                .camundaAssignee("markus")
                .endEvent()
                .done())
        .addModelInstance(
            "group.bpmn",
            Bpmn.createExecutableProcess("group")
                .startEvent()
                .userTask("registerAccess")
                .camundaCandidateGroups("it")
                .endEvent()
                .done())
        .deploy();
    IdentityService identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup("it"));
    for (String user : new String[] {"markus", "tiina", "sanna"}) {
      identity.saveUser(identity.newUser(user));
    }
    identity.createMembership("tiina", "it");
    markusTask = taskOf(engine.getRuntimeService().startProcessInstanceByKey("personal").getId());
    decision = taskOf(engine.getRuntimeService().startProcessInstanceByKey("manager").getId());
    itTask = taskOf(engine.getRuntimeService().startProcessInstanceByKey("group").getId());
    visible = new VisibleTasks(engine.getTaskService(), identity, new TaskAccess());
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void aManagersTasksAreTheirsOnlyWhileTheyAreInManagers() {
    IdentityService identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup(Roles.MANAGERS));
    identity.createMembership("markus", Roles.MANAGERS);
    assertThat(ids("markus")).containsExactlyInAnyOrder(markusTask, decision);
    identity.deleteMembership("markus", Roles.MANAGERS);
    identity.deleteGroup(Roles.MANAGERS);
    assertThat(ids("markus")).containsExactly(markusTask);
  }

  @Test
  void aPersonSeesTheirOwnTasksAndTheirGroupsTasksOnly() {
    assertThat(ids("markus")).containsExactly(markusTask);
    assertThat(ids("tiina")).containsExactly(itTask);
    assertThat(ids("sanna")).isEmpty();
  }

  @Test
  void oneTaskIsGivenToThoseWhoSeeIt() {
    assertThat(visible.task(markusTask, "markus", "open").getTaskDefinitionKey())
        .isEqualTo("decide");
    assertThat(visible.task(itTask, "tiina", "open").getTaskDefinitionKey())
        .isEqualTo("registerAccess");
  }

  @Test
  void anyoneElseIsRefusedAndToldWhatTheyTried() {
    assertThatThrownBy(() -> visible.task(itTask, "markus", "comment on"))
        .isInstanceOf(NotPermittedException.class)
        .hasMessageContaining("markus may not comment on task " + itTask);
  }

  @Test
  void aTaskThatNoLongerWaitsIsGone() {
    assertThatThrownBy(() -> visible.task("no-such-task", "markus", "open"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theGroupsAreThePersonsMemberships() {
    assertThat(visible.groupsOf("tiina")).containsExactly("it");
    assertThat(visible.groupsOf("sanna")).isEmpty();
  }

  private static List<String> ids(String userId) {
    return visible.visibleTo(userId, visible.groupsOf(userId)).list().stream()
        .map(Task::getId)
        .toList();
  }

  private static String taskOf(String process) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(process)
        .singleResult()
        .getId();
  }
}
