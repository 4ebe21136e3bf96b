package fi.virkaprofiili.organisation.control;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.TestProfiles;
import fi.virkaprofiili.profile.entity.UnitNames;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A profile's open manager's tasks follow it to its new unit's manager, as do the tasks still to
 * come; other tasks stay with whom they are.
 */
class ManagerTasksTest {

  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

  private static ProcessEngine engine;
  private static ManagerTasks managerTasks;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:manager-tasks;DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setProcessEngineName("manager-tasks")
            .buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "manager.bpmn",
            Bpmn.createExecutableProcess("manager")
                .startEvent()
                .parallelGateway("fork")
                .userTask(MANAGER_DECISION)
                .camundaAssignee("${unitManager}")
                .userTask(CLOSURE_DECISION)
                .camundaAssignee("${unitManager}")
                .endEvent()
                .moveToNode("fork")
                .userTask("recordAccountAddress")
                .camundaAssignee("${proposer}")
                .endEvent()
                .done())
        .deploy();
    managerTasks = new ManagerTasks(engine.getRuntimeService(), engine.getTaskService());
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void theOpenDecisionAndTheTasksToComeGoToTheNewUnitsManager() {
    OrganisationUnit culture = unit("culture", "markus");
    OrganisationUnit library = unit("library", "tiina");
    Profile profile = TestProfiles.proposal(culture, "sanna", AT);
    String process = start(profile);

    profile.moveToUnit(library, "admin", "Reorganisation", AT);
    int followed = managerTasks.follow(profile, "admin", AT);

    assertThat(followed).isEqualTo(1);
    assertThat(task(process, MANAGER_DECISION).getAssignee()).isEqualTo("tiina");
    assertThat(task(process, "recordAccountAddress").getAssignee()).isEqualTo("sanna");
    assertThat(profile.getEvents())
        .last()
        .extracting(ProfileEvent::getType, ProfileEvent::getDetail, ProfileEvent::getActorId)
        .containsExactly(ProfileEventType.MANAGER_TASKS_FOLLOWED, "tiina managerDecision", "admin");

    engine.getTaskService().complete(task(process, MANAGER_DECISION).getId());
    assertThat(task(process, CLOSURE_DECISION).getAssignee())
        .as("the next manager's task is the new manager's too")
        .isEqualTo("tiina");
  }

  @Test
  void aProfileWithoutOpenManagersTasksMovesWithoutATimelineEntryForThem() {
    OrganisationUnit culture = unit("culture", "markus");
    Profile profile = TestProfiles.proposal(culture, "sanna", AT);
    String process = start(profile);
    engine.getTaskService().complete(task(process, MANAGER_DECISION).getId());
    engine.getTaskService().complete(task(process, CLOSURE_DECISION).getId());
    int before = profile.getEvents().size();

    profile.moveToUnit(unit("library", "tiina"), "admin", "Reorganisation", AT);
    int followed = managerTasks.follow(profile, "admin", AT);

    assertThat(followed).isZero();
    assertThat(profile.getEvents()).hasSize(before + 1);
    assertThat(engine.getRuntimeService().getVariable(process, VAR_UNIT_MANAGER))
        .isEqualTo("tiina");
  }

  @Test
  void aProfileWithoutAProcessHasNoTasksToFollow() {
    Profile profile = TestProfiles.proposal(unit("culture", "markus"), "sanna", AT);

    assertThat(managerTasks.follow(profile, "admin", AT)).isZero();
  }

  @Test
  void theDeputyGetsTheOpenDecisionsWhileTheManagerIsAwayButNeverOnTheirOwnProposal() {
    OrganisationUnit culture = unit("culture", "markus");
    Profile sannas = TestProfiles.proposal(culture, "sanna", AT);
    Profile tiinas = TestProfiles.proposal(culture, "tiina", AT);
    String sannasProcess = start(sannas);
    String tiinasProcess = start(tiinas);

    culture.deputise("tiina", "markus", "Holiday", AT);
    managerTasks.follow(sannas, "markus", AT);
    managerTasks.follow(tiinas, "markus", AT);

    assertThat(task(sannasProcess, MANAGER_DECISION).getAssignee()).isEqualTo("tiina");
    assertThat(task(tiinasProcess, MANAGER_DECISION).getAssignee())
        .as("the deputy's own proposal stays with the manager")
        .isEqualTo("markus");

    culture.deputyEnds("markus", "Holiday", AT);
    managerTasks.follow(sannas, "markus", AT);

    assertThat(task(sannasProcess, MANAGER_DECISION).getAssignee()).isEqualTo("markus");
    assertThat(engine.getRuntimeService().getVariable(sannasProcess, VAR_UNIT_MANAGER))
        .isEqualTo("markus");
  }

  private static String start(Profile profile) {
    String process =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "manager",
                Map.of(
                    VAR_UNIT_MANAGER, profile.getUnit().getManagerId(),
                    VAR_PROPOSER, profile.getProposerId()))
            .getId();
    profile.attachProcess(process);
    return process;
  }

  private static Task task(String process, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(process)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private static OrganisationUnit unit(String code, String manager) {
    return OrganisationUnit.create(
        code, new UnitNames(code, code, code), null, manager, "admin", "For the test", AT);
  }
}
