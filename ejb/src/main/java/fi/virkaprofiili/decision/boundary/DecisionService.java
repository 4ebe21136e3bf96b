package fi.virkaprofiili.decision.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Managers decide proposals here. Who may decide is checked here, whatever the page showed: only
 * the manager of the owning unit, to whom the task is assigned, and never on their own proposal.
 */
@Stateless
public class DecisionService {

  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  @OneEngineCommand
  public void decide(
      @NotBlank String taskId, @NotNull @Valid Decision decision, @NotBlank String actorId) {
    Task task = tasks.waitingTask(taskId, MANAGER_DECISION, actorId);
    Profile profile = proposals.profile(tasks.profileIdOf(task));
    if (!profile.getUnit().isDecidedBy(actorId) || !actorId.equals(task.getAssignee())) {
      throw tasks.refuse(actorId, taskId, "they do not manage unit " + profile.getUnit().getCode());
    }
    if (profile.isProposedBy(actorId)) {
      throw tasks.refuse(actorId, taskId, "nobody decides their own proposal");
    }
    switch (decision.getOutcome()) {
      case APPROVE -> profile.approve(actorId, decision.getReason(), time.now());
      case REJECT -> profile.reject(actorId, decision.getReason(), time.now());
      case RETURN -> profile.returnForRevision(actorId, decision.getReason(), time.now());
    }
    taskService.complete(taskId, Map.of(VAR_DECISION, decision.getOutcome().name()));
  }
}
