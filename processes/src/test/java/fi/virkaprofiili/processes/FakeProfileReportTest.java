package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.FakeProfileReport.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = FakeProfileReport.RESOURCE)
class FakeProfileReportTest {

  private static final Date NOW = Date.from(Instant.parse("2026-11-23T09:00:00Z"));
  private static final Duration INVESTIGATION_TIME = Duration.ofDays(3);
  private static final long REPORT_ID = 7L;

  /** What the recording delegate was called with. */
  record Recorded(Object reportId, Object outcome) {}

  /** Stands in for the CDI bean {@code deadlines}: three days from the engine's clock. */
  public static final class ThreeDayDeadlines {
    public Date investigationOverdue() {
      return later(ClockUtil.getCurrentTime(), INVESTIGATION_TIME);
    }
  }

  private final List<Recorded> recorded = new ArrayList<>();
  private final List<Object> reminded = new ArrayList<>();

  @BeforeEach
  void replaceBeansAndStopTheClock() {
    ClockUtil.setCurrentTime(NOW);
    JavaDelegate recordReportOutcome =
        execution ->
            recorded.add(
                new Recorded(
                    execution.getVariable(VAR_REPORT_ID), execution.getVariable(VAR_OUTCOME)));
    Mocks.register(RECORD_REPORT_OUTCOME_BEAN, recordReportOutcome);
    JavaDelegate remindInvestigators =
        execution -> reminded.add(execution.getVariable(VAR_REPORT_ID));
    Mocks.register(REMIND_INVESTIGATORS_BEAN, remindInvestigators);
    Mocks.register(DEADLINES_BEAN, new ThreeDayDeadlines());
  }

  @AfterEach
  void resetClockAndBeans() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void communicationsInvestigatesTheReport() {
    ProcessInstance instance = reportProfile(42L);

    assertThat(instance).hasPassed(REPORT_RECEIVED).isWaitingAt(INVESTIGATE_REPORT);
    assertThat(task(instance)).hasCandidateGroup(COMMUNICATIONS_GROUP).isNotAssigned();
    Assertions.assertThat(overdueTimer(instance).getDuedate())
        .isEqualTo(later(NOW, INVESTIGATION_TIME));
    Assertions.assertThat(recorded).isEmpty();
    Assertions.assertThat(reminded).isEmpty();
  }

  @Test
  void reportToThePlatformIsRecordedAndEndsAsReportedToThePlatform() {
    ProcessInstance instance = reportProfile(42L);

    investigateAndRecord(instance, REPORTED_TO_PLATFORM);

    assertThat(instance)
        .hasPassedInOrder(
            INVESTIGATE_REPORT,
            INVESTIGATION_OUTCOME,
            OUTCOME_DECIDED,
            RECORD_REPORT_OUTCOME,
            OUTCOME_RECORDED,
            REPORTED_TO_PLATFORM_END)
        .hasNotPassed(REPORTED_TO_POLICE_END, REPORT_DISMISSED_END, INVESTIGATION_OVERDUE)
        .isEnded();
  }

  @Test
  void reportToThePoliceIsRecordedAndEndsAsReportedToThePolice() {
    ProcessInstance instance = reportProfile(42L);

    investigateAndRecord(instance, REPORTED_TO_POLICE);

    assertThat(instance)
        .hasPassedInOrder(
            INVESTIGATE_REPORT,
            INVESTIGATION_OUTCOME,
            OUTCOME_DECIDED,
            RECORD_REPORT_OUTCOME,
            OUTCOME_RECORDED,
            REPORTED_TO_POLICE_END)
        .hasNotPassed(REPORTED_TO_PLATFORM_END, REPORT_DISMISSED_END, INVESTIGATION_OVERDUE)
        .isEnded();
  }

  @Test
  void dismissedReportOfAnAddressNoListedProfileMatchesIsRecordedAndEndsAsDismissed() {
    ProcessInstance instance = reportProfile(null);

    investigateAndRecord(instance, DISMISSED);

    assertThat(instance)
        .hasPassedInOrder(
            INVESTIGATE_REPORT,
            INVESTIGATION_OUTCOME,
            OUTCOME_DECIDED,
            RECORD_REPORT_OUTCOME,
            OUTCOME_RECORDED,
            REPORT_DISMISSED_END)
        .hasNotPassed(REPORTED_TO_PLATFORM_END, REPORTED_TO_POLICE_END, INVESTIGATION_OVERDUE)
        .isEnded();
  }

  @Test
  void investigationWithoutAKnownOutcomeIsRefusedAndStaysOpen() {
    ProcessInstance instance = reportProfile(42L);

    assertThatThrownBy(() -> complete(task(instance), withVariables(VAR_OUTCOME, "IGNORED")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(INVESTIGATION_OUTCOME);
    assertThatThrownBy(() -> complete(task(instance))).isInstanceOf(ProcessEngineException.class);

    assertThat(instance).isWaitingAt(INVESTIGATE_REPORT).hasNotPassed(RECORD_REPORT_OUTCOME);
    Assertions.assertThat(job(instance).getId()).isEqualTo(overdueTimer(instance).getId());
    Assertions.assertThat(recorded).isEmpty();
  }

  @Test
  void failingRecordingStaysAsJobWithRetriesLeft() {
    failRecording();
    ProcessInstance instance = reportProfile(42L);
    complete(task(instance), withVariables(VAR_OUTCOME, REPORTED_TO_PLATFORM));

    assertThatThrownBy(() -> execute(job(instance)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("report register unavailable");

    assertThat(instance).isWaitingAt(RECORD_REPORT_OUTCOME).hasNotPassed(REPORTED_TO_PLATFORM_END);
    Job retry = job(instance);
    Assertions.assertThat(retry.getRetries()).isEqualTo(2);
    Assertions.assertThat(retry.getExceptionMessage()).contains("report register unavailable");
    Assertions.assertThat(retry.getDuedate()).isEqualTo(later(NOW, Duration.ofMinutes(1)));
    Assertions.assertThat(
            runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void recordingThatKeepsFailingBecomesAnIncident() {
    failRecording();
    ProcessInstance instance = reportProfile(42L);
    complete(task(instance), withVariables(VAR_OUTCOME, REPORTED_TO_POLICE));

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> execute(job(instance))).isInstanceOf(IllegalStateException.class);
    }

    Assertions.assertThat(job(instance).getRetries()).isZero();
    Incident incident =
        runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(incident.getActivityId()).isEqualTo(RECORD_REPORT_OUTCOME);
    Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    Assertions.assertThat(incident.getIncidentMessage()).contains("report register unavailable");
    assertThat(instance).isWaitingAt(RECORD_REPORT_OUTCOME).isNotEnded();
  }

  @Test
  void overdueInvestigationRemindsTheInvestigatorsAndStaysOpen() {
    ProcessInstance instance = reportProfile(42L);
    Job timer = overdueTimer(instance);
    Assertions.assertThat(dueTimers(instance)).isZero();

    ClockUtil.setCurrentTime(later(NOW, INVESTIGATION_TIME.plusMinutes(1)));
    Assertions.assertThat(dueTimers(instance)).isOne();
    execute(timer);

    Assertions.assertThat(reminded).containsExactly(REPORT_ID);
    assertThat(instance)
        .hasPassed(INVESTIGATION_OVERDUE, REMIND_INVESTIGATORS, INVESTIGATORS_REMINDED)
        .isWaitingAt(INVESTIGATE_REPORT);
    assertThat(task(instance)).hasCandidateGroup(COMMUNICATIONS_GROUP);
    Assertions.assertThat(recorded).isEmpty();

    investigateAndRecord(instance, DISMISSED);
    assertThat(instance).hasPassed(REPORT_DISMISSED_END).isEnded();
    Assertions.assertThat(reminded).containsExactly(REPORT_ID);
  }

  /** Completes the investigation, runs the recording job, and checks what was recorded. */
  private void investigateAndRecord(ProcessInstance instance, String outcome) {
    complete(task(instance), withVariables(VAR_OUTCOME, outcome));

    assertThat(instance).isWaitingAt(RECORD_REPORT_OUTCOME);
    Assertions.assertThat(recorded).isEmpty();
    execute(job(instance));
    Assertions.assertThat(recorded).containsExactly(new Recorded(REPORT_ID, outcome));
  }

  private void failRecording() {
    Mocks.register(
        RECORD_REPORT_OUTCOME_BEAN,
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("report register unavailable");
            });
  }

  @Test
  void reminderWhileTheMailServerIsAwayIsRetriedEveryFiveMinutesUntilItGoesThrough() {
    int[] failuresLeft = {1};
    JavaDelegate flaky =
        execution -> {
          if (failuresLeft[0]-- > 0) {
            throw new IllegalStateException("mail server down");
          }
          reminded.add(execution.getVariable(VAR_REPORT_ID));
        };
    Mocks.register(REMIND_INVESTIGATORS_BEAN, flaky);
    ProcessInstance instance = reportProfile(42L);
    Job timer = overdueTimer(instance);
    ClockUtil.setCurrentTime(timer.getDuedate());

    assertThatThrownBy(() -> managementService().executeJob(timer.getId()))
        .hasMessageContaining("mail server down");
    Job retried = overdueTimer(instance);
    Assertions.assertThat(retried.getRetries()).isEqualTo(4);
    Assertions.assertThat(retried.getDuedate())
        .isEqualTo(later(timer.getDuedate(), Duration.ofMinutes(5)));
    Assertions.assertThat(reminded).isEmpty();

    ClockUtil.setCurrentTime(retried.getDuedate());
    managementService().executeJob(retried.getId());

    Assertions.assertThat(reminded).containsExactly(REPORT_ID);
    assertThat(instance).hasPassed(INVESTIGATORS_REMINDED).isWaitingAt(INVESTIGATE_REPORT);
  }

  private ProcessInstance reportProfile(Long knownProfileId) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            String.valueOf(REPORT_ID),
            Variables.createVariables()
                .putValue(VAR_REPORT_ID, REPORT_ID)
                .putValue(VAR_REPORTED_ADDRESS, "https://social.example/@laukaan_kunta_virallinen")
                .putValue(VAR_KNOWN_PROFILE_ID, knownProfileId));
  }

  private Job overdueTimer(ProcessInstance instance) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(INVESTIGATION_OVERDUE)
        .timers()
        .singleResult();
  }

  private long dueTimers(ProcessInstance instance) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .executable()
        .count();
  }

  private static Date later(Date from, Duration by) {
    return Date.from(from.toInstant().plus(by));
  }
}
