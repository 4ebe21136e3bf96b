package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.closure.boundary.ClosureService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code recordNoticeNotConfirmed}: the closing date came before the owner confirmed the
 * closure notice, and the timeline says so.
 */
@Named(RECORD_NOTICE_NOT_CONFIRMED_BEAN)
@Dependent
public class RecordNoticeNotConfirmedDelegate implements JavaDelegate {

  @Inject private ClosureService closures;

  @Override
  public void execute(DelegateExecution execution) {
    closures.noticeNotConfirmed((Long) execution.getVariable(VAR_PROFILE_ID));
  }
}
