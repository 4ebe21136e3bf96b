package fi.virkaprofiili.decision.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Managers decide proposals here. Who may decide is checked here, whatever the page showed: only
 * the manager of the owning unit, to whom the task is assigned, and never on their own proposal.
 */
@Stateless
public class DecisionService {

  private static final Logger LOG = Logger.getLogger(DecisionService.class.getName());

  @Inject private TaskService taskService;
  @Inject private ProposalService proposals;
  @Inject private Clock clock;

  public void decide(@NotBlank String taskId, @NotNull @Valid Decision decision, @NotBlank String actorId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException(
          "error.taskGone", "Task " + taskId + " no longer waits: it was decided or withdrawn");
    }
    if (!MANAGER_DECISION.equals(task.getTaskDefinitionKey())) {
      throw refuse(actorId, taskId, "it is a " + task.getTaskDefinitionKey() + " task, not a decision");
    }
    Profile profile = proposals.profile((Long) taskService.getVariable(taskId, VAR_PROFILE_ID));
    if (!profile.getUnit().isManagedBy(actorId) || !actorId.equals(task.getAssignee())) {
      throw refuse(actorId, taskId, "they do not manage unit " + profile.getUnit().getCode());
    }
    if (profile.isProposedBy(actorId)) {
      throw refuse(actorId, taskId, "nobody decides their own proposal");
    }
    switch (decision.getOutcome()) {
      case APPROVE -> profile.approve(actorId, clock.instant());
      case REJECT -> profile.reject(actorId, decision.getReason(), clock.instant());
      case RETURN -> profile.returnForRevision(actorId, decision.getReason(), clock.instant());
    }
    taskService.complete(taskId, Map.of(VAR_DECISION, decision.getOutcome().name()));
  }

  private static NotPermittedException refuse(String actorId, String taskId, String why) {
    String message = "Refused: " + actorId + " may not decide task " + taskId + ": " + why;
    LOG.warning(message);
    return new NotPermittedException(message);
  }
}
