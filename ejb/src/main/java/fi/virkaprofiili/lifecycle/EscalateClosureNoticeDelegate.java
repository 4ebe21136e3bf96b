package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.notice.boundary.LifecycleNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code escalateClosureNotice}: the manager of the owning unit hears that the closure
 * notice is overdue.
 */
@Named(ESCALATE_CLOSURE_NOTICE_BEAN)
@Dependent
public class EscalateClosureNoticeDelegate implements JavaDelegate {

  @Inject private LifecycleNotices notices;
  @Inject private WaitingDecision waiting;

  @Override
  public void execute(DelegateExecution execution) {
    notices.escalateClosureNotice(
        (Long) execution.getVariable(VAR_PROFILE_ID),
        waiting.taskId(execution, POST_CLOSURE_NOTICE));
  }
}
