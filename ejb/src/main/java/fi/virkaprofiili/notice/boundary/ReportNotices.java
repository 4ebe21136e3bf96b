package fi.virkaprofiili.notice.boundary;

import fi.virkaprofiili.notice.control.MailText;
import fi.virkaprofiili.notice.control.Recipients;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.entity.FakeReport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The e-mails the process of a report of a fake profile sends by itself. Here and not in {@code
 * report}, so that notices read reports and reports never send mail themselves.
 */
@Stateless
public class ReportNotices {

  @Inject private Notices notices;
  @Inject private Recipients recipients;
  @Inject private FakeReports reports;

  /** Communications is reminded, once per report, of an investigation that waits. */
  public void remindInvestigators(long reportId) {
    FakeReport report = reports.report(reportId);
    notices.sendOnce(
        "report-reminder/" + reportId,
        recipients.ofGroup(Roles.COMMUNICATIONS),
        MailText.of("reportReminder", report.getReportedAddress(), report.getReference()));
  }
}
