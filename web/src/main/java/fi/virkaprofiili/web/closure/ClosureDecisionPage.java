package fi.virkaprofiili.web.closure;

import fi.virkaprofiili.closure.boundary.ClosureDecision;
import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.web.worklist.TaskPage;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The manager closes the profile with a reason, a date and a redirection (R12), or keeps it. */
@Named
@ViewScoped
public class ClosureDecisionPage extends TaskPage {

  private static final long serialVersionUID = 1L;

  @Inject private ClosureService closures;

  private String reason;
  private LocalDate closingOn;
  private String redirectUrl;
  private LocalDate newCampaignEnd;
  private LocalDate earliestClosingDate;

  @Override
  protected void loaded(WorkItem task) {
    earliestClosingDate = LocalDate.now().plusDays(closures.minimumNoticeDays());
  }

  public String close() {
    return decide(ClosureDecision.close(reason, closingOn, redirectUrl), "closure.decided.CLOSE");
  }

  public String keep() {
    return decide(ClosureDecision.keep(reason, newCampaignEnd), "closure.decided.KEEP");
  }

  private String decide(ClosureDecision decision, String doneKey) {
    return complete(decision, () -> closures.decide(getTaskId(), decision, currentUser.getId()), doneKey);
  }

  public boolean isCampaign() {
    return getTask() != null && getTask().getProfile().getKind() == ProfileKind.CAMPAIGN;
  }

  public LocalDate getEarliestClosingDate() {
    return earliestClosingDate;
  }

  public int getReasonMaxLength() {
    return Profile.REASON_MAX;
  }

  public int getUrlMaxLength() {
    return Profile.URL_MAX;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getClosingOn() {
    return closingOn;
  }

  public void setClosingOn(LocalDate closingOn) {
    this.closingOn = closingOn;
  }

  public String getRedirectUrl() {
    return redirectUrl;
  }

  public void setRedirectUrl(String redirectUrl) {
    this.redirectUrl = redirectUrl;
  }

  public LocalDate getNewCampaignEnd() {
    return newCampaignEnd;
  }

  public void setNewCampaignEnd(LocalDate newCampaignEnd) {
    this.newCampaignEnd = newCampaignEnd;
  }
}
