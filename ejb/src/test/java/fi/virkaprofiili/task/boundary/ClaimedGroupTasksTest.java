package fi.virkaprofiili.task.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.engine.EngineCommands;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.processes.FakeProfileReport;
import fi.virkaprofiili.processes.ProfileLifecycle;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A group task one member has claimed is completed by that member only; a colleague may complete it
 * once it is given back to the group. Every kind of group task, each offered to the group its BPMN
 * names, is checked by the same {@link TaskAccess#groupTask} every boundary completes it through.
 */
class ClaimedGroupTasksTest {

  private static final String KINDS =
      ProfileLifecycle.COMMUNICATIONS_AGREEMENT
          + ", "
          + Roles.COMMUNICATIONS
          + "\n"
          + ProfileLifecycle.REGISTER_ACCESS
          + ", "
          + Roles.IT
          + "\n"
          + ProfileLifecycle.REVOKE_ACCESS
          + ", "
          + Roles.IT
          + "\n"
          + FakeProfileReport.INVESTIGATE_REPORT
          + ", "
          + Roles.COMMUNICATIONS;

  private static ProcessEngine engine;
  private static TaskAccess access;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:claimed-group-tasks;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setProcessEngineName("claimed-group-tasks")
            .buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment();
    for (String[] kind : kinds()) {
      deployment.addModelInstance(
          kind[0] + ".bpmn",
          Bpmn.createExecutableProcess(kind[0] + "Process")
              .startEvent()
              .userTask(kind[0])
              .camundaCandidateGroups(kind[1])
              .endEvent()
              .done());
    }
    deployment.deploy();
    IdentityService identity = engine.getIdentityService();
    for (String group : new String[] {Roles.COMMUNICATIONS, Roles.IT}) {
      identity.saveGroup(identity.newGroup(group));
      for (String member : new String[] {"claimant", "colleague"}) {
        String user = member + group;
        identity.saveUser(identity.newUser(user));
        identity.createMembership(user, group);
      }
    }
    access = new TaskAccess(new EngineCommands(engine), identity);
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = KINDS)
  void aColleagueIsRefusedATaskAnotherMemberClaimedAndNothingChanges(String kind, String group) {
    String taskId = start(kind);
    tasks().claim(taskId, "claimant" + group);

    assertThatThrownBy(() -> access.groupTask(taskId, kind, "colleague" + group, group))
        .isInstanceOf(NotPermittedException.class)
        .hasMessageContaining("colleague" + group + " may not complete task " + taskId);

    Task task = tasks().createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isEqualTo("claimant" + group);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = KINDS)
  void theClaimantMayCompleteTheirClaimedTask(String kind, String group) {
    String taskId = start(kind);
    tasks().claim(taskId, "claimant" + group);

    assertThat(access.groupTask(taskId, kind, "claimant" + group, group).getId()).isEqualTo(taskId);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = KINDS)
  void anyMemberMayCompleteATaskGivenBackOrNeverClaimed(String kind, String group) {
    String unclaimed = start(kind);
    String givenBack = start(kind);
    tasks().claim(givenBack, "claimant" + group);
    tasks().setAssignee(givenBack, null);

    assertThat(access.groupTask(unclaimed, kind, "colleague" + group, group).getId())
        .isEqualTo(unclaimed);
    assertThat(access.groupTask(givenBack, kind, "colleague" + group, group).getId())
        .isEqualTo(givenBack);
  }

  private static String[][] kinds() {
    return KINDS.lines().map(line -> line.split(",\\s*")).toArray(String[][]::new);
  }

  private static String start(String kind) {
    String process = engine.getRuntimeService().startProcessInstanceByKey(kind + "Process").getId();
    return tasks().createTaskQuery().processInstanceId(process).singleResult().getId();
  }

  private static TaskService tasks() {
    return engine.getTaskService();
  }
}
