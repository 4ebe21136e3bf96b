package fi.virkaprofiili.web.review;

import fi.virkaprofiili.processes.ProfileLifecycle;
import fi.virkaprofiili.proposal.boundary.AdministratorEntry;
import fi.virkaprofiili.review.boundary.ReviewAnswer;
import fi.virkaprofiili.review.boundary.ReviewService;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The periodic review (R6, R10, R13), answered by the owner or, when overdue, by the manager. */
@Named
@ViewScoped
public class ReviewPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewService reviews;

  private final ReviewAnswer answer = new ReviewAnswer();

  @Override
  protected void loaded(WorkItem task) {
    answer.setAdministrators(AdministratorEntry.of(task.getProfile().getAdministrators()));
  }

  public String submit() {
    // Administrators typed before choosing another outcome do not stop that outcome.
    ReviewAnswer chosen = answer.onlyWhatApplies();
    return complete(
        chosen,
        () -> reviews.answer(getTaskId(), chosen, currentUser.getId()),
        "review.done." + answer.getOutcome());
  }

  public void addAdministrator() {
    answer.getAdministrators().add(new AdministratorEntry());
  }

  public boolean isOverdue() {
    return getTask() != null && ProfileLifecycle.REVIEW_OVERDUE.equals(getTask().getTaskKey());
  }

  public ReviewAnswer getAnswer() {
    return answer;
  }

  public ReviewAnswer.Outcome[] getOutcomes() {
    return ReviewAnswer.Outcome.values();
  }
}
