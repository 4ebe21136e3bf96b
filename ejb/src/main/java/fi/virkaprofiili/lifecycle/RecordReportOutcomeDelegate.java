package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.FakeProfileReport.*;

import fi.virkaprofiili.report.boundary.FakeReports;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code recordReportOutcome} of {@code fake-profile-report}: the report's outcome enters
 * the registry's record (R9).
 */
@Named(RECORD_REPORT_OUTCOME_BEAN)
@Dependent
public class RecordReportOutcomeDelegate implements JavaDelegate {

  @Inject private FakeReports reports;

  @Override
  public void execute(DelegateExecution execution) {
    reports.recordOutcome((Long) execution.getVariable(VAR_REPORT_ID));
  }
}
