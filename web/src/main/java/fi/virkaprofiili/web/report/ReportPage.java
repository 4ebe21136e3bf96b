package fi.virkaprofiili.web.report;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.report.boundary.FakeReportForm;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.boundary.ReportAttempts;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.SignInGuard;
import fi.virkaprofiili.web.platform.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;

/** A staff member reports an account they suspect poses as an official profile. */
@Named
@ViewScoped
public class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FakeReports reports;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private Violations violations;
  @Inject private ReportAttempts attempts;

  private final FakeReportForm form = new FakeReportForm();
  private String reference;

  public String submit() {
    // Staff are limited too, per person, and every attempt counts, before anything is checked.
    Duration wait = SignInGuard.retriedOnce(() -> attempts.attempt(null, currentUser.getId()));
    if (!wait.isZero()) {
      messages.error("report.tooMany", Long.toString(SignInGuard.minutes(wait)));
      return null;
    }
    if (!violations.showAtFields(form, property -> true, PublicReportPage::fieldOf).isEmpty()) {
      return null;
    }
    try {
      reference = reports.report(form, currentUser.getId()).getReference();
      messages.info("report.received", reference);
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public FakeReportForm getForm() {
    return form;
  }

  /** The reference of the report just made; the form is then replaced by it. */
  public String getReference() {
    return reference;
  }
}
