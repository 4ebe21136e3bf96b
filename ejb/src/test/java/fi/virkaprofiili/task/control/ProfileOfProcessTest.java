package fi.virkaprofiili.task.control;

import static fi.virkaprofiili.processes.ProfileLifecycle.VAR_PROFILE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile of a task's process is read from the process once, and then remembered. */
class ProfileOfProcessTest {

  private static ProcessEngine engine;
  private ProfileOfProcess profileOf;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:profile-of-process;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setProcessEngineName("profile-of-process")
            .buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "twoSteps.bpmn",
            Bpmn.createExecutableProcess("twoSteps")
                .startEvent()
                .userTask("first")
                .userTask("second")
                .endEvent()
                .done())
        .deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @BeforeEach
  void rememberNothing() {
    profileOf = new ProfileOfProcess(engine.getTaskService());
  }

  @Test
  void theProfileIsTheOneTheProcessNames() {
    Task task = taskOf(start(Map.of(VAR_PROFILE_ID, 42L)));

    assertThat(profileOf.of(task)).isEqualTo(42L);
  }

  @Test
  void eachProcessIsAboutItsOwnProfile() {
    Task first = taskOf(start(Map.of(VAR_PROFILE_ID, 1L)));
    Task second = taskOf(start(Map.of(VAR_PROFILE_ID, 2L)));

    assertThat(profileOf.of(first)).isEqualTo(1L);
    assertThat(profileOf.of(second)).isEqualTo(2L);
  }

  @Test
  void aLaterTaskOfTheSameProcessIsAnsweredWithoutReadingTheProcessAgain() {
    String process = start(Map.of(VAR_PROFILE_ID, 7L));
    Task first = taskOf(process);
    assertThat(profileOf.of(first)).isEqualTo(7L);

    // Were the variable read again, the answer would follow it.
    engine.getRuntimeService().setVariable(process, VAR_PROFILE_ID, 8L);
    engine.getTaskService().complete(first.getId());
    Task second = taskOf(process);

    assertThat(second.getTaskDefinitionKey()).isEqualTo("second");
    assertThat(profileOf.of(second)).isEqualTo(7L);
  }

  @Test
  void aTaskOfAProcessAboutNoProfileIsRefused() {
    Task task = taskOf(start(Map.of()));

    assertThatThrownBy(() -> profileOf.of(task))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Task " + task.getId() + " is not about a profile");
  }

  private static String start(Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey("twoSteps", variables).getId();
  }

  private static Task taskOf(String process) {
    return engine.getTaskService().createTaskQuery().processInstanceId(process).singleResult();
  }
}
