package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.notice.boundary.LifecycleNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code sendDecisionReminder}: the manager is reminded of the decision that waits. */
@Named(SEND_DECISION_REMINDER_BEAN)
@Dependent
public class SendDecisionReminderDelegate implements JavaDelegate {

  @Inject private LifecycleNotices notices;
  @Inject private WaitingDecision waitingDecision;

  @Override
  public void execute(DelegateExecution execution) {
    notices.remindManager(
        (Long) execution.getVariable(VAR_PROFILE_ID), waitingDecision.taskId(execution));
  }
}
