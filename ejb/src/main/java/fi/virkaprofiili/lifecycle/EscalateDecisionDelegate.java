package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.notice.boundary.LifecycleNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code escalateDecision}: communications hears that a decision has waited too long. */
@Named(ESCALATE_DECISION_BEAN)
@Dependent
public class EscalateDecisionDelegate implements JavaDelegate {

  @Inject private LifecycleNotices notices;
  @Inject private WaitingDecision waitingDecision;

  @Override
  public void execute(DelegateExecution execution) {
    notices.escalateDecision(
        (Long) execution.getVariable(VAR_PROFILE_ID), waitingDecision.taskId(execution));
  }
}
