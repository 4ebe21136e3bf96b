package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.notice.boundary.LifecycleNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code remindClosureNotice}: the owner is reminded to post the closure notice. */
@Named(REMIND_CLOSURE_NOTICE_BEAN)
@Dependent
public class RemindClosureNoticeDelegate implements JavaDelegate {

  @Inject private LifecycleNotices notices;
  @Inject private WaitingDecision waiting;

  @Override
  public void execute(DelegateExecution execution) {
    notices.remindClosureNotice(
        (Long) execution.getVariable(VAR_PROFILE_ID),
        waiting.taskId(execution, POST_CLOSURE_NOTICE));
  }
}
