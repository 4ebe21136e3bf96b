package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.PersonLeft.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = PersonLeft.RESOURCE)
class PersonLeftTest {

  private static ProcessInstance start(String followUp) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            Map.of(
                VAR_PROFILE_ID, 7L,
                VAR_LEAVER_ID, "leena",
                VAR_LEAVER_NAME, "Leena Lähtijä",
                VAR_FOLLOW_UP, followUp,
                VAR_UNIT_MANAGER, "markus"));
  }

  @Test
  void aProfileBelowItsMinimumAsksTheUnitsManagerToNameAnotherAdministrator() {
    ProcessInstance process = start(ADMINISTRATOR_NEEDED);

    assertThat(process).isWaitingAt(NAME_ANOTHER_ADMINISTRATOR);
    assertThat(task()).isAssignedTo("markus");

    complete(task());

    assertThat(process).hasPassed(ADMINISTRATOR_NAMED).isEnded();
  }

  @Test
  void accessRegisteredToThePersonIsRevokedByIt() {
    ProcessInstance process = start(ACCESS_TO_REVOKE);

    assertThat(process).isWaitingAt(REVOKE_LEAVERS_ACCESS);
    assertThat(task()).hasCandidateGroup(IT_GROUP).isNotAssigned();

    complete(task());

    assertThat(process).hasPassed(LEAVERS_ACCESS_REVOKED).isEnded();
  }

  @Test
  void anyOtherFollowUpStartsNothing() {
    assertThatThrownBy(() -> start("SOMETHING_ELSE")).isInstanceOf(ProcessEngineException.class);
    org.assertj.core.api.Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isZero();
  }
}
