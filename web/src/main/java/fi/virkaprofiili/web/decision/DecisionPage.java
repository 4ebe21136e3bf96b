package fi.virkaprofiili.web.decision;

import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The manager's decision form, with the whole proposal on the same page. */
@Named
@ViewScoped
public class DecisionPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private DecisionService decisions;

  private String reason;

  /** Approves; a reason typed before is kept as the why of the approval on the timeline. */
  public String approve() {
    return decide(Decision.approve(reason));
  }

  public String reject() {
    return decide(Decision.reject(reason));
  }

  public String returnForRevision() {
    return decide(Decision.returnForRevision(reason));
  }

  private String decide(Decision decision) {
    return complete(
        () -> decisions.decide(getTaskId(), decision, currentUser.getId()),
        "decided." + decision.getOutcome().name());
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
