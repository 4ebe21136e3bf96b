package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every job that sends e-mail outlasts a mail server that is away for a while: it is tried again on
 * a schedule ({@link ProfileLifecycle#MAIL_RETRY_CYCLE}) instead of burning its retries at once and
 * ending as an incident, and the process goes on when the server is back.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {ProfileLifecycle.RESOURCE, ProfileLifecycle.REVIEW_INTERVAL_RESOURCE})
class MailJobRetriesTest {

  /** The delegates that talk to a mail server, in either model. */
  private static final Set<String> MAIL_BEANS =
      Set.of(
          SEND_DECISION_REMINDER_BEAN,
          ESCALATE_DECISION_BEAN,
          NOTIFY_CLOSURE_BEAN,
          REMIND_CLOSURE_NOTICE_BEAN,
          ESCALATE_CLOSURE_NOTICE_BEAN,
          FakeProfileReport.REMIND_INVESTIGATORS_BEAN);

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
  void everyJobThatSendsMailHasTheRetrySchedule() {
    int mailTasks = 0;
    for (String resource : List.of(ProfileLifecycle.RESOURCE, FakeProfileReport.RESOURCE)) {
      BpmnModelInstance model = read(resource);
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String expression = task.getCamundaDelegateExpression();
        if (expression == null
            || !MAIL_BEANS.contains(expression.substring(2, expression.length() - 1))) {
          continue;
        }
        mailTasks++;
        Assertions.assertThat(retryCycle(jobOf(task)))
            .as("retry schedule of the job that runs %s in %s", task.getId(), resource)
            .isEqualTo(MAIL_RETRY_CYCLE);
      }
    }
    Assertions.assertThat(mailTasks).isEqualTo(MAIL_BEANS.size());
  }

  @Test
  void decisionReminderIsRetriedEveryFiveMinutesAndTheDecisionStillWaits() {
    Mocks.register(SEND_DECISION_REMINDER_BEAN, scenario.failing(SEND_DECISION_REMINDER_BEAN, 1));
    ProcessInstance instance = scenario.submitProposal();
    Job reminder = scenario.jobAt(instance, DECISION_REMINDER_DUE);
    scenario.fireTimerExpectingFailure(reminder);

    Job retried = scenario.jobAt(instance, DECISION_REMINDER_DUE);
    Assertions.assertThat(retried.getRetries()).isEqualTo(4);
    Assertions.assertThat(retried.getDuedate())
        .isEqualTo(Date.from(LifecycleScenario.now().plus(Duration.ofMinutes(5))));
    assertThat(instance).isWaitingAt(MANAGER_DECISION).hasNotPassed(SEND_DECISION_REMINDER);

    scenario.moveClockBy(Duration.ofMinutes(5));
    execute(retried);

    Assertions.assertThat(scenario.delegateCalls).endsWith("sendDecisionReminder:42");
    assertThat(instance).hasPassed(SEND_DECISION_REMINDER).isWaitingAt(MANAGER_DECISION);
  }

  @Test
  void escalationThatKeepsFailingEndsAsAnIncidentAfterFiveRetriesNotAtOnce() {
    Mocks.register(ESCALATE_DECISION_BEAN, scenario.failing(ESCALATE_DECISION_BEAN, 99));
    ProcessInstance instance = scenario.submitProposal();
    Job escalation = scenario.jobAt(instance, DECISION_ESCALATION_DUE);
    Date firstTry = escalation.getDuedate();
    scenario.fireTimerExpectingFailure(escalation);

    for (int retriesLeft = 4; retriesLeft > 0; retriesLeft--) {
      Job retried = scenario.jobAt(instance, DECISION_ESCALATION_DUE);
      Assertions.assertThat(retried.getRetries()).isEqualTo(retriesLeft);
      Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();
      scenario.moveClockBy(Duration.ofMinutes(5));
      assertThrows(IllegalStateException.class, () -> execute(retried));
    }

    Assertions.assertThat(scenario.jobAt(instance, DECISION_ESCALATION_DUE).getRetries()).isZero();
    Assertions.assertThat(runtimeService().createIncidentQuery().count()).isOne();
    Assertions.assertThat(Duration.between(firstTry.toInstant(), LifecycleScenario.now()))
        .isEqualTo(Duration.ofMinutes(20));
    assertThat(instance).isWaitingAt(MANAGER_DECISION);
  }

  /** The job that runs a task: its own when it is asynchronous, else the timer that leads to it. */
  private static BaseElement jobOf(ServiceTask task) {
    if (task.isCamundaAsyncBefore()) {
      return task;
    }
    FlowNode before = task.getPreviousNodes().singleResult();
    Assertions.assertThat(before)
        .as("what starts %s without a job of its own", task.getId())
        .isInstanceOf(BoundaryEvent.class);
    return before;
  }

  private static String retryCycle(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaFailedJobRetryTimeCycle.class)
        .list()
        .stream()
        .map(CamundaFailedJobRetryTimeCycle::getTextContent)
        .findFirst()
        .orElse(null);
  }

  private static BpmnModelInstance read(String resource) {
    InputStream in = MailJobRetriesTest.class.getClassLoader().getResourceAsStream(resource);
    return Bpmn.readModelFromStream(in);
  }
}
