package fi.virkaprofiili.consent.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The named employee of an expert profile accepts or declines it (R5). Nobody else can answer for
 * them; a decline ends the proposal.
 */
@Stateless
public class ExpertConsent {

  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  @OneEngineCommand
  public void accept(@NotBlank String taskId, @NotBlank String actorId) {
    permitted(taskId, actorId).consent(actorId, time.now());
    taskService.complete(taskId, Map.of(VAR_CONSENT, true));
  }

  @OneEngineCommand
  public void decline(
      @NotBlank String taskId,
      @Size(max = Profile.REASON_MAX) @PlainText String reason,
      @NotBlank String actorId) {
    permitted(taskId, actorId).declineConsent(actorId, reason, time.now());
    taskService.complete(taskId, Map.of(VAR_CONSENT, false));
  }

  private Profile permitted(String taskId, String actorId) {
    Task task =
        tasks.assignedTask(
            taskId, EXPERT_CONSENT, actorId, "the employee the expert profile names");
    return proposals.profile(tasks.profileIdOf(task));
  }
}
