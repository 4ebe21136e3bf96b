package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.notice.boundary.LifecycleNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code notifyClosure}: the administrators, IT and communications are e-mailed, once each.
 */
@Named(NOTIFY_CLOSURE_BEAN)
@Dependent
public class NotifyClosureDelegate implements JavaDelegate {

  @Inject private LifecycleNotices notices;

  @Override
  public void execute(DelegateExecution execution) {
    notices.notifyClosure((Long) execution.getVariable(VAR_PROFILE_ID));
  }
}
