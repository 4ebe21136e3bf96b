package fi.virkaprofiili.web.closure;

import fi.virkaprofiili.closure.boundary.ClosureDecision;
import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The manager closes the profile with a reason, a date and a redirection (R12), or keeps it. */
@Named
@ViewScoped
public class ClosureDecisionPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private ClosureService closures;

  private final ClosureDecision decision = new ClosureDecision();
  private LocalDate earliestClosingDate;

  @Override
  protected void loaded(WorkItem task) {
    earliestClosingDate = closures.earliestClosingDate();
    // The manager starts from why the closure was asked for, rather than typing it again.
    task.getProfile().pendingClosureRequestReason().ifPresent(decision::setReason);
  }

  public String close() {
    return decide(ClosureDecision.Outcome.CLOSE);
  }

  public String keep() {
    return decide(ClosureDecision.Outcome.KEEP);
  }

  private String decide(ClosureDecision.Outcome outcome) {
    decision.setOutcome(outcome);
    // A redirection typed before choosing to keep the profile does not stop keeping it.
    ClosureDecision chosen = decision.onlyWhatApplies();
    return complete(
        chosen,
        () -> closures.decide(getTaskId(), chosen, currentUser.getId()),
        "closure.decided." + outcome);
  }

  /** What the form binds to: reason, closing date, redirection, a campaign's new end. */
  public ClosureDecision getDecision() {
    return decision;
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
}
