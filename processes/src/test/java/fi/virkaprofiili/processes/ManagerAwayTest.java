package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.ManagerAway.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manager's absence: nothing moves before its first day, the deputy gets the unit's decisions
 * when it comes, the manager gets them back when the last day is over, with the engine's clock
 * moved and nobody pressing a button.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = ManagerAway.RESOURCE)
class ManagerAwayTest {

  private static final Instant RECORDED = Instant.parse("2026-12-01T09:00:00Z");
  private static final Instant STARTS = Instant.parse("2026-12-06T22:00:00Z");
  private static final Instant ENDS = Instant.parse("2026-12-20T21:59:59Z");

  private final List<String> done = new ArrayList<>();

  @BeforeEach
  void replaceDelegates() {
    ClockUtil.setCurrentTime(Date.from(RECORDED));
    Mocks.register(HAND_OVER_TO_DEPUTY_BEAN, recording(HAND_OVER_TO_DEPUTY_BEAN));
    Mocks.register(HAND_BACK_TO_MANAGER_BEAN, recording(HAND_BACK_TO_MANAGER_BEAN));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private JavaDelegate recording(String name) {
    return execution -> done.add(name + ":" + execution.getVariable(VAR_ABSENCE_ID));
  }

  private static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            Map.of(
                VAR_ABSENCE_ID, 7L,
                VAR_STARTS_AT, Date.from(STARTS),
                VAR_ENDS_AT, Date.from(ENDS)));
  }

  private static Job dueJob(ProcessInstance instance) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .duedateLowerThan(ClockUtil.getCurrentTime())
        .singleResult();
  }

  @Test
  void nothingMovesBeforeTheFirstDay() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(ABSENCE_STARTS);
    Assertions.assertThat(job().getDuedate()).isEqualTo(Date.from(STARTS));
    ClockUtil.setCurrentTime(Date.from(STARTS.minusSeconds(60)));
    Assertions.assertThat(dueJob(instance)).isNull();
    Assertions.assertThat(done).isEmpty();
  }

  @Test
  void theDeputyGetsTheDecisionsOnTheFirstDayAndTheManagerBackAfterTheLast() {
    ProcessInstance instance = start();

    ClockUtil.setCurrentTime(Date.from(STARTS.plusSeconds(1)));
    execute(dueJob(instance));

    assertThat(instance).hasPassed(HAND_OVER_TO_DEPUTY).isWaitingAt(ABSENCE_ENDS);
    Assertions.assertThat(done).containsExactly(HAND_OVER_TO_DEPUTY_BEAN + ":7");
    Assertions.assertThat(job().getDuedate()).isEqualTo(Date.from(ENDS));
    ClockUtil.setCurrentTime(Date.from(ENDS.minusSeconds(60)));
    Assertions.assertThat(dueJob(instance)).as("not before the last day is over").isNull();

    ClockUtil.setCurrentTime(Date.from(ENDS.plusSeconds(1)));
    execute(dueJob(instance));

    assertThat(instance).hasPassed(HAND_BACK_TO_MANAGER, MANAGER_BACK).isEnded();
    Assertions.assertThat(done)
        .containsExactly(HAND_OVER_TO_DEPUTY_BEAN + ":7", HAND_BACK_TO_MANAGER_BEAN + ":7");
  }

  @Test
  void aHandOverThatFailsIsTriedAgainAndMovesNothingMeanwhile() {
    Mocks.register(
        HAND_OVER_TO_DEPUTY_BEAN,
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("database away");
            });
    ProcessInstance instance = start();
    ClockUtil.setCurrentTime(Date.from(STARTS.plusSeconds(1)));

    Job job = dueJob(instance);
    Assertions.assertThatThrownBy(() -> managementService().executeJob(job.getId()))
        .hasMessageContaining("database away");

    Job retried =
        managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(instance).isWaitingAt(ABSENCE_STARTS).hasNotPassed(HAND_OVER_TO_DEPUTY);

    Mocks.register(HAND_OVER_TO_DEPUTY_BEAN, recording(HAND_OVER_TO_DEPUTY_BEAN));
    managementService().executeJob(retried.getId());
    assertThat(instance).isWaitingAt(ABSENCE_ENDS);
    Assertions.assertThat(done).containsExactly(HAND_OVER_TO_DEPUTY_BEAN + ":7");
  }
}
