package fi.virkaprofiili.review.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.profile.entity.Administrator;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.AdministratorEntry;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Answers periodic reviews: the profile's owner answers {@code periodicReview}; when it is overdue
 * the manager of the owning unit answers {@code reviewOverdue}. Nobody else.
 */
@Stateless
public class ReviewService {

  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  @OneEngineCommand
  public void answer(
      @NotBlank String taskId, @NotNull @Valid ReviewAnswer answer, @NotBlank String actorId) {
    Task task = tasks.task(taskId);
    boolean overdue = task != null && REVIEW_OVERDUE.equals(task.getTaskDefinitionKey());
    task =
        overdue
            ? tasks.assignedTask(taskId, REVIEW_OVERDUE, actorId, "the manager of the owning unit")
            : tasks.assignedTask(taskId, PERIODIC_REVIEW, actorId, "the profile's owner");
    Profile profile = proposals.profile(tasks.profileIdOf(task));
    if (answer.getOutcome() == ReviewAnswer.Outcome.CHANGE_ADMINISTRATORS) {
      List<Administrator> administrators =
          AdministratorEntry.toAdministrators(answer.getAdministrators());
      if (administrators.size() < profile.getKind().minimumAdministrators()) {
        throw new InvalidRequestException(
            "error.tooFewAdministrators",
            "A "
                + profile.getKind()
                + " profile needs at least "
                + profile.getKind().minimumAdministrators()
                + " administrators");
      }
      profile.changeAdministrators(administrators, actorId, time.now());
    }
    profile.review(actorId, answer.findings(), time.now());
    if (answer.getOutcome() == ReviewAnswer.Outcome.PROPOSE_CLOSURE) {
      // The closure decision starts from why it was asked for, whoever asked (issue 13, 20).
      profile.requestClosure(actorId, answer.getNotes(), time.now());
    }
    taskService.complete(taskId, Map.of(VAR_REVIEW_OUTCOME, answer.getOutcome().name()));
  }
}
