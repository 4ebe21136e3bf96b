package fi.virkaprofiili.web.consent;

import fi.virkaprofiili.consent.boundary.ExpertConsent;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The expert's consent form: the whole proposal, accept or decline. */
@Named
@ViewScoped
public class ConsentPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private ExpertConsent consent;

  private String reason;

  public String accept() {
    return complete(() -> consent.accept(getTaskId(), currentUser.getId()), "consent.accepted");
  }

  public String decline() {
    return complete(
        () -> consent.decline(getTaskId(), reason, currentUser.getId()), "consent.declined");
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonMaxLength() {
    return Profile.REASON_MAX;
  }
}
