package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.FakeProfileReport.*;

import fi.virkaprofiili.notice.boundary.ReportNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code remindInvestigators} of {@code fake-profile-report}: communications is reminded of
 * an investigation that waits.
 */
@Named(REMIND_INVESTIGATORS_BEAN)
@Dependent
public class RemindInvestigatorsDelegate implements JavaDelegate {

  @Inject private ReportNotices notices;

  @Override
  public void execute(DelegateExecution execution) {
    notices.remindInvestigators((Long) execution.getVariable(VAR_REPORT_ID));
  }
}
