package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Drives {@code profile-lifecycle} in the in-memory engine: delegates replaced by recording
 * stand-ins, deadlines at fixed offsets from the engine clock, and the clock moved instead of
 * waiting.
 */
final class LifecycleScenario {

  /** A Monday morning, so that every run sees the same dates. */
  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  /** The zone the application counts the organisation's days in (its default setting). */
  static final java.time.ZoneId ORGANISATION_ZONE = java.time.ZoneId.of("Europe/Helsinki");

  static final Duration REMINDER_AFTER = Duration.ofDays(7);
  static final Duration ESCALATION_AFTER = Duration.ofDays(14);
  static final Duration REVIEW_OVERDUE_AFTER = Duration.ofDays(14);
  static final Duration NOTICE_DUE_BEFORE_CLOSING = Duration.ofDays(7);
  static final Duration NOTICE_REMINDER_BEFORE_DUE = Duration.ofDays(3);

  /** Which delegate ran, in order, with the profile it ran for. */
  final List<String> delegateCalls = new ArrayList<>();

  /** The timers' due dates, as the application's {@code deadlines} bean gives them. */
  public static final class Deadlines {
    public Date decisionReminder() {
      return after(REMINDER_AFTER);
    }

    public Date decisionEscalation() {
      return after(ESCALATION_AFTER);
    }

    public Date reviewOverdue() {
      return after(REVIEW_OVERDUE_AFTER);
    }

    /** The review interval on the organisation's calendar, as the application counts it. */
    public Date reviewDue(String interval) {
      return Date.from(
          ClockUtil.getCurrentTime()
              .toInstant()
              .atZone(ORGANISATION_ZONE)
              .plus(java.time.Period.parse(interval))
              .toInstant());
    }

    public Date closureNoticeDue(Date closingDate) {
      return Date.from(closingDate.toInstant().minus(NOTICE_DUE_BEFORE_CLOSING));
    }

    public Date closureNoticeReminder(Date closingDate) {
      return Date.from(closureNoticeDue(closingDate).toInstant().minus(NOTICE_REMINDER_BEFORE_DUE));
    }

    private static Date after(Duration duration) {
      return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }
  }

  void replaceDelegates() {
    for (String bean :
        List.of(
            CHECK_COMPLETENESS_BEAN,
            PUBLISH_LISTING_BEAN,
            SEND_DECISION_REMINDER_BEAN,
            ESCALATE_DECISION_BEAN,
            ANNOUNCE_CLOSURE_IN_REGISTRY_BEAN,
            NOTIFY_CLOSURE_BEAN,
            REMIND_CLOSURE_NOTICE_BEAN,
            ESCALATE_CLOSURE_NOTICE_BEAN,
            RECORD_NOTICE_NOT_CONFIRMED_BEAN,
            MARK_CLOSED_BEAN)) {
      Mocks.register(bean, recording(bean));
    }
    Mocks.register(DEADLINES_BEAN, new Deadlines());
    ClockUtil.setCurrentTime(Date.from(START));
  }

  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  JavaDelegate recording(String bean) {
    return execution -> delegateCalls.add(bean + ":" + execution.getVariable(VAR_PROFILE_ID));
  }

  ProcessInstance submit(String kind, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_PROFILE_ID, 42L);
    variables.put(VAR_PROPOSER, "sanna");
    variables.put(VAR_UNIT_MANAGER, "markus");
    variables.put(VAR_KIND, kind);
    variables.putAll(extra);
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "42", variables);
  }

  ProcessInstance submitProposal() {
    return submit("ORGANISATION", Map.of());
  }

  /** Approves, agrees, sets up and publishes: the profile is then in use. */
  ProcessInstance listed(ProcessInstance instance) {
    complete(task(MANAGER_DECISION, instance), withVariables(VAR_DECISION, APPROVE));
    complete(task(COMMUNICATIONS_AGREEMENT, instance), withVariables(VAR_AGREEMENT, AGREE));
    complete(task(REGISTER_ACCESS, instance));
    complete(task(RECORD_ACCOUNT_ADDRESS, instance));
    executeJobsAt(instance, SET_UP_DONE);
    execute(jobAt(instance, PUBLISH_LISTING));
    return instance;
  }

  ProcessInstance listedProfile() {
    return listed(submitProposal());
  }

  Job jobAt(ProcessInstance instance, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  /**
   * Runs the jobs that wait at an element, such as the branches arriving at an asynchronous join.
   */
  void executeJobsAt(ProcessInstance instance, String activityId) {
    List<Job> jobs =
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .list();
    if (jobs.isEmpty()) {
      throw new AssertionError("No job waits at " + activityId);
    }
    jobs.forEach(job -> execute(job));
  }

  /** Moves the engine clock to a timer's due date and fires it. */
  void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = jobAt(instance, activityId);
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
  }

  /**
   * A delegate that fails the first {@code failures} times, as a mail sender does while the mail
   * server is away, and then records its call like the others.
   */
  JavaDelegate failing(String bean, int failures) {
    int[] left = {failures};
    JavaDelegate recording = recording(bean);
    return execution -> {
      if (left[0] > 0) {
        left[0]--;
        throw new IllegalStateException("mail server down");
      }
      recording.execute(execution);
    };
  }

  /** Moves the engine clock to a timer's due date and fires it, which fails. */
  void fireTimerExpectingFailure(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    try {
      execute(timer);
    } catch (IllegalStateException expected) {
      return;
    }
    throw new AssertionError("The job at " + timer.getDuedate() + " did not fail");
  }

  void moveClockBy(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  /** Fires the review timer and lets the owner answer the review. */
  void review(ProcessInstance instance, String outcome) {
    fireTimer(instance, REVIEW_DUE);
    complete(task(PERIODIC_REVIEW, instance), withVariables(VAR_REVIEW_OUTCOME, outcome));
  }

  static Date daysFrom(Date date, int days) {
    return Date.from(date.toInstant().plus(Duration.ofDays(days)));
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
