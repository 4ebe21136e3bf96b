package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Date;
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
 * A decided closure: its automatic notices, the closing date, closing down and the closed listing.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {ProfileLifecycle.RESOURCE, ProfileLifecycle.REVIEW_INTERVAL_RESOURCE})
class ProfileClosureTest {

  private final LifecycleScenario scenario = new LifecycleScenario();

  @BeforeEach
  void replaceDelegates() {
    scenario.replaceDelegates();
  }

  @AfterEach
  void reset() {
    scenario.reset();
  }

  @Test
  void decidedClosureTriggersTheNoticesAtOnce() {
    ProcessInstance instance = closureDecided();

    assertThat(instance)
        .isWaitingAt(ANNOUNCE_CLOSURE_IN_REGISTRY, POST_CLOSURE_NOTICE, NOTIFY_CLOSURE);
    assertThat(task(POST_CLOSURE_NOTICE, instance)).isAssignedTo("sanna");
    execute(scenario.jobAt(instance, ANNOUNCE_CLOSURE_IN_REGISTRY));
    execute(scenario.jobAt(instance, NOTIFY_CLOSURE));
    Assertions.assertThat(scenario.delegateCalls)
        .endsWith("announceClosureInRegistry:42", "notifyClosure:42");
  }

  @Test
  void closingDateWaitsUntilEveryNoticeIsGiven() {
    ProcessInstance instance = closureDecided();
    execute(scenario.jobAt(instance, ANNOUNCE_CLOSURE_IN_REGISTRY));
    execute(scenario.jobAt(instance, NOTIFY_CLOSURE));

    assertThat(instance).isWaitingAt(POST_CLOSURE_NOTICE).isNotWaitingAt(CLOSING_DATE_REACHED);
    complete(task(POST_CLOSURE_NOTICE, instance));
    scenario.executeJobsAt(instance, NOTICES_GIVEN);

    assertThat(instance).isWaitingAt(CLOSING_DATE_REACHED);
    Assertions.assertThat(scenario.jobAt(instance, CLOSING_DATE_REACHED).getDuedate())
        .isEqualTo(closingDate());
  }

  @Test
  void onTheClosingDateTheAccountIsClosedAndAccessRevokedThenTheProfileIsMarkedClosed() {
    ProcessInstance instance = noticesGiven();

    scenario.fireTimer(instance, CLOSING_DATE_REACHED);

    assertThat(instance).isWaitingAt(CLOSE_ACCOUNT, REVOKE_ACCESS);
    assertThat(task(CLOSE_ACCOUNT, instance)).isAssignedTo("sanna");
    assertThat(task(REVOKE_ACCESS, instance)).hasCandidateGroup("it");
    complete(task(REVOKE_ACCESS, instance));
    assertThat(instance).isWaitingAt(CLOSE_ACCOUNT).hasNotPassed(MARK_CLOSED);
    complete(task(CLOSE_ACCOUNT, instance));
    scenario.executeJobsAt(instance, CLOSED_DOWN);
    execute(scenario.jobAt(instance, MARK_CLOSED));

    assertThat(instance)
        .hasPassedInOrder(CLOSURE_DECISION, CLOSING_DATE_REACHED, MARK_CLOSED, PROFILE_CLOSED)
        .isEnded();
    Assertions.assertThat(scenario.delegateCalls).endsWith("markClosed:42");
  }

  @Test
  void noticePostedAfterTheClosingDateClosesDownAtOnce() {
    ProcessInstance instance = closureDecided();
    execute(scenario.jobAt(instance, ANNOUNCE_CLOSURE_IN_REGISTRY));
    execute(scenario.jobAt(instance, NOTIFY_CLOSURE));
    scenario.moveClockBy(Duration.ofDays(30));

    complete(task(POST_CLOSURE_NOTICE, instance));
    scenario.executeJobsAt(instance, NOTICES_GIVEN);

    Assertions.assertThat(scenario.jobAt(instance, CLOSING_DATE_REACHED).getDuedate())
        .isBefore(Date.from(LifecycleScenario.now()));
    execute(scenario.jobAt(instance, CLOSING_DATE_REACHED));
    assertThat(instance).isWaitingAt(CLOSE_ACCOUNT, REVOKE_ACCESS);
  }

  @Test
  void managerWhoKeepsTheProfileSendsItBackToUse() {
    ProcessInstance instance = scenario.listedProfile();
    requestClosure(instance);

    complete(task(CLOSURE_DECISION, instance), withVariables(VAR_CLOSURE, KEEP));

    assertThat(instance)
        .isWaitingAt(REVIEW_DUE)
        .hasNotPassed(ANNOUNCE_CLOSURE_IN_REGISTRY, NOTIFY_CLOSURE);
  }

  @Test
  void failingNotificationStaysAsARetriedJobWhileTheOtherNoticesGoOn() {
    Mocks.register(
        NOTIFY_CLOSURE_BEAN,
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("mail server down");
            });
    ProcessInstance instance = closureDecided();

    // The delegate's failure reaches the caller; the engine records it on the job and retries it
    // later.
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class, () -> execute(scenario.jobAt(instance, NOTIFY_CLOSURE)));
    Assertions.assertThat(failure).hasMessage("mail server down");
    execute(scenario.jobAt(instance, ANNOUNCE_CLOSURE_IN_REGISTRY));

    // R5/PT5M: four tries left, the next in five minutes.
    Assertions.assertThat(scenario.jobAt(instance, NOTIFY_CLOSURE).getRetries()).isEqualTo(4);
    Assertions.assertThat(scenario.jobAt(instance, NOTIFY_CLOSURE).getDuedate())
        .isEqualTo(Date.from(LifecycleScenario.now().plus(Duration.ofMinutes(5))));
    Assertions.assertThat(scenario.jobAt(instance, NOTIFY_CLOSURE).getExceptionMessage())
        .contains("mail server down");
    assertThat(instance)
        .hasPassed(ANNOUNCE_CLOSURE_IN_REGISTRY)
        .isWaitingAt(NOTIFY_CLOSURE, POST_CLOSURE_NOTICE);
  }

  @Test
  void noticeIsDueBeforeTheClosingDateWithAReminderBeforeThat() {
    ProcessInstance instance = closureDecided();

    Date due = LifecycleScenario.daysFrom(closingDate(), -7);
    Assertions.assertThat(task(POST_CLOSURE_NOTICE, instance).getDueDate()).isEqualTo(due);
    Assertions.assertThat(scenario.jobAt(instance, CLOSURE_NOTICE_REMINDER_DUE).getDuedate())
        .isEqualTo(LifecycleScenario.daysFrom(due, -3));
    Assertions.assertThat(scenario.jobAt(instance, CLOSURE_NOTICE_OVERDUE).getDuedate())
        .isEqualTo(due);
    Assertions.assertThat(scenario.jobAt(instance, CLOSING_DATE_BEFORE_NOTICE).getDuedate())
        .isEqualTo(closingDate());
  }

  @Test
  void noticePostedInTimeCancelsItsDeadlinesAndTheClosingDateWaits() {
    ProcessInstance instance = closureDecided();
    execute(scenario.jobAt(instance, ANNOUNCE_CLOSURE_IN_REGISTRY));
    execute(scenario.jobAt(instance, NOTIFY_CLOSURE));
    scenario.moveClockBy(Duration.ofDays(2));

    complete(task(POST_CLOSURE_NOTICE, instance));
    scenario.executeJobsAt(instance, NOTICES_GIVEN);

    Assertions.assertThat(scenario.jobAt(instance, CLOSURE_NOTICE_REMINDER_DUE)).isNull();
    Assertions.assertThat(scenario.jobAt(instance, CLOSURE_NOTICE_OVERDUE)).isNull();
    Assertions.assertThat(scenario.jobAt(instance, CLOSING_DATE_BEFORE_NOTICE)).isNull();
    assertThat(instance)
        .isWaitingAt(CLOSING_DATE_REACHED)
        .hasNotPassed(REMIND_CLOSURE_NOTICE, ESCALATE_CLOSURE_NOTICE, RECORD_NOTICE_NOT_CONFIRMED);
    Assertions.assertThat(scenario.delegateCalls)
        .doesNotContain(
            "remindClosureNotice:42", "escalateClosureNotice:42", "recordNoticeNotConfirmed:42");
  }

  @Test
  void ownerWhoDoesNotPostIsRemindedThenTheManagerIsToldAndTheTaskStaysOpen() {
    ProcessInstance instance = closureDecided();

    scenario.fireTimer(instance, CLOSURE_NOTICE_REMINDER_DUE);

    Assertions.assertThat(scenario.delegateCalls).endsWith("remindClosureNotice:42");
    assertThat(instance).hasPassed(CLOSURE_NOTICE_REMINDED).isWaitingAt(POST_CLOSURE_NOTICE);

    scenario.fireTimer(instance, CLOSURE_NOTICE_OVERDUE);

    Assertions.assertThat(scenario.delegateCalls).endsWith("escalateClosureNotice:42");
    assertThat(instance).hasPassed(CLOSURE_NOTICE_ESCALATED).isWaitingAt(POST_CLOSURE_NOTICE);
    Assertions.assertThat(scenario.jobAt(instance, CLOSURE_NOTICE_REMINDER_DUE)).isNull();
  }

  @Test
  void closingStepsStartOnTheClosingDateWhenTheNoticeWasNeverConfirmed() {
    ProcessInstance instance = closureDecided();
    execute(scenario.jobAt(instance, ANNOUNCE_CLOSURE_IN_REGISTRY));
    execute(scenario.jobAt(instance, NOTIFY_CLOSURE));
    scenario.fireTimer(instance, CLOSURE_NOTICE_REMINDER_DUE);
    scenario.fireTimer(instance, CLOSURE_NOTICE_OVERDUE);

    scenario.fireTimer(instance, CLOSING_DATE_BEFORE_NOTICE);
    scenario.executeJobsAt(instance, NOTICES_GIVEN);
    execute(scenario.jobAt(instance, CLOSING_DATE_REACHED));

    Assertions.assertThat(LifecycleScenario.now()).isEqualTo(closingDate().toInstant());
    Assertions.assertThat(
            taskService().createTaskQuery().taskDefinitionKey(POST_CLOSURE_NOTICE).count())
        .isZero();
    assertThat(instance)
        .hasPassedInOrder(RECORD_NOTICE_NOT_CONFIRMED, CLOSING_DATE_REACHED)
        .isWaitingAt(CLOSE_ACCOUNT, REVOKE_ACCESS);
    Assertions.assertThat(scenario.delegateCalls)
        .endsWith(
            "remindClosureNotice:42", "escalateClosureNotice:42", "recordNoticeNotConfirmed:42");
  }

  @Test
  void reminderWhileTheMailServerIsAwayIsRetriedEveryFiveMinutesUntilItGoesThrough() {
    Mocks.register(REMIND_CLOSURE_NOTICE_BEAN, scenario.failing(REMIND_CLOSURE_NOTICE_BEAN, 2));
    ProcessInstance instance = closureDecided();
    Job reminder = scenario.jobAt(instance, CLOSURE_NOTICE_REMINDER_DUE);
    ClockUtil.setCurrentTime(reminder.getDuedate());

    assertThrows(IllegalStateException.class, () -> execute(reminder));
    Job retried = scenario.jobAt(instance, CLOSURE_NOTICE_REMINDER_DUE);
    Assertions.assertThat(retried.getRetries()).isEqualTo(4);
    Assertions.assertThat(retried.getDuedate())
        .isEqualTo(Date.from(LifecycleScenario.now().plus(Duration.ofMinutes(5))));
    assertThat(instance).isWaitingAt(POST_CLOSURE_NOTICE).hasNotPassed(CLOSURE_NOTICE_REMINDED);

    scenario.moveClockBy(Duration.ofMinutes(5));
    assertThrows(IllegalStateException.class, () -> execute(retried));
    Assertions.assertThat(scenario.jobAt(instance, CLOSURE_NOTICE_REMINDER_DUE).getRetries())
        .isEqualTo(3);

    scenario.moveClockBy(Duration.ofMinutes(5));
    execute(scenario.jobAt(instance, CLOSURE_NOTICE_REMINDER_DUE));

    Assertions.assertThat(scenario.delegateCalls).endsWith("remindClosureNotice:42");
    assertThat(instance).hasPassed(CLOSURE_NOTICE_REMINDED).isWaitingAt(POST_CLOSURE_NOTICE);
    Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();
  }

  private ProcessInstance closureDecided() {
    ProcessInstance instance = scenario.listedProfile();
    requestClosure(instance);
    complete(
        task(CLOSURE_DECISION, instance),
        withVariables(VAR_CLOSURE, CLOSE, VAR_CLOSING_DATE, closingDate()));
    return instance;
  }

  private ProcessInstance noticesGiven() {
    ProcessInstance instance = closureDecided();
    execute(scenario.jobAt(instance, ANNOUNCE_CLOSURE_IN_REGISTRY));
    execute(scenario.jobAt(instance, NOTIFY_CLOSURE));
    complete(task(POST_CLOSURE_NOTICE, instance));
    scenario.executeJobsAt(instance, NOTICES_GIVEN);
    return instance;
  }

  private static void requestClosure(ProcessInstance instance) {
    runtimeService()
        .createMessageCorrelation(CLOSURE_REQUESTED_MESSAGE)
        .processInstanceId(instance.getId())
        .correlate();
  }

  private static Date closingDate() {
    return LifecycleScenario.daysFrom(Date.from(LifecycleScenario.START), 21);
  }
}
