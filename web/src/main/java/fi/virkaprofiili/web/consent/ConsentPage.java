package fi.virkaprofiili.web.consent;

import fi.virkaprofiili.consent.boundary.ExpertConsent;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.web.worklist.TaskPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The expert's consent form: the whole proposal, accept or decline. */
@Named
@ViewScoped
public class ConsentPage extends TaskPage {

  private static final long serialVersionUID = 1L;

  @Inject private ExpertConsent consent;

  private String reason;

  public String accept() {
    return answer(() -> consent.accept(getTaskId(), currentUser.getId()), "consent.accepted");
  }

  public String decline() {
    return answer(() -> consent.decline(getTaskId(), reason, currentUser.getId()), "consent.declined");
  }

  private String answer(Runnable action, String doneKey) {
    try {
      action.run();
      messages.info(doneKey, getTask().getProfile().getName());
      return TASK_LIST;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
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
