package fi.virkaprofiili.web.report;

import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.entity.FakeReport;
import fi.virkaprofiili.report.entity.ReportOutcome;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Communications records what it did about a reported account (R9). */
@Named
@ViewScoped
public class InvestigationPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private FakeReports reports;

  private ReportOutcome outcome;
  private String note;

  public String submit() {
    if (outcome == null) {
      messages.error("investigation.outcome.required");
      return null;
    }
    return complete(
        () -> reports.investigate(getTaskId(), outcome, note, currentUser.getId()),
        "investigation.done." + outcome);
  }

  public ReportOutcome[] getOutcomes() {
    return ReportOutcome.values();
  }

  public int getNoteMaxLength() {
    return FakeReport.TEXT_MAX;
  }

  public ReportOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ReportOutcome outcome) {
    this.outcome = outcome;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
