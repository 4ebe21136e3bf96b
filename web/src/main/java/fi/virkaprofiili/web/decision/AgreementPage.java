package fi.virkaprofiili.web.decision;

import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Communications' agreement form, with the whole proposal and the manager's decision. */
@Named
@ViewScoped
public class AgreementPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private CommunicationsAgreement agreement;

  private String comments;

  public String agree() {
    return complete(() -> agreement.agree(getTaskId(), currentUser.getId()), "agreement.agreed");
  }

  public String returnWithComments() {
    return complete(
        () -> agreement.returnWithComments(getTaskId(), comments, currentUser.getId()),
        "agreement.returned");
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public int getCommentsMaxLength() {
    return Profile.REASON_MAX;
  }
}
