package fi.virkaprofiili.web.report;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.report.boundary.FakeReportForm;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.boundary.ReportAttempts;
import fi.virkaprofiili.web.platform.ClientAddress;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.SignInGuard;
import fi.virkaprofiili.web.platform.Violations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Path;
import java.io.Serializable;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A citizen reports a suspected fake profile, without signing in (R9). Against spam: a field people
 * do not see (a robot fills it) and a limit on attempts from one client address, counted before the
 * form is checked.
 */
@Named
@ViewScoped
public class PublicReportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PublicReportPage.class.getName());

  @Inject private FakeReports reports;
  @Inject private ReportAttempts attempts;
  @Inject private ClientAddress clients;
  @Inject private Messages messages;
  @Inject private Violations violations;

  private final FakeReportForm form = new FakeReportForm();
  private String website;
  private String reference;

  public String submit() {
    // Counted before anything is checked: an invalid submission costs as much as a valid one.
    Duration wait = SignInGuard.retriedOnce(() -> attempts.attempt(clientAddress(), null));
    if (!wait.isZero()) {
      messages.error("report.tooMany", Long.toString(SignInGuard.minutes(wait)));
      return null;
    }
    if (website != null && !website.isBlank()) {
      LOG.info("A report with the hidden field filled was ignored");
      reference = "-";
      return null;
    }
    // Each refusal at its field, the address's too though its rule reads the whole form.
    if (!violations.showAtFields(form, property -> true, PublicReportPage::fieldOf).isEmpty()) {
      return null;
    }
    try {
      reference = reports.report(form, null).getReference();
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  /** The field that edits a property of the form. */
  static String fieldOf(Path path) {
    String property = path.iterator().next().getName();
    return switch (property) {
      case "address" -> "reportForm:address";
      case "description" -> "reportForm:description";
      case "contact" -> "reportForm:contact";
      default -> null;
    };
  }

  private String clientAddress() {
    return clients.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** The address the verification page passes on; it fills an empty address field only. */
  public String getSuggestedAddress() {
    return null;
  }

  public void setSuggestedAddress(String address) {
    if (address != null
        && !address.isBlank()
        && (form.getAddress() == null || form.getAddress().isBlank())) {
      form.setAddress(address);
    }
  }

  public FakeReportForm getForm() {
    return form;
  }

  /** The hidden field: people leave it empty. */
  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getReference() {
    return reference;
  }

  public boolean isReceived() {
    return reference != null;
  }

  public boolean isReferenceShown() {
    return reference != null && !"-".equals(reference);
  }
}
