package fi.virkaprofiili.decision.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.platform.identity.Roles;
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
 * Communications agrees to a profile the manager approved, or returns it to its proposer with
 * comments (R4; Hanko, LVM). Only members of communications may, and never on their own proposal.
 */
@Stateless
public class CommunicationsAgreement {

  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  @OneEngineCommand
  public void agree(@NotBlank String taskId, @NotBlank String actorId) {
    Profile profile = permitted(taskId, actorId);
    profile.agree(actorId, time.now());
    complete(taskId, actorId, AGREE);
  }

  @OneEngineCommand
  public void returnWithComments(
      @NotBlank String taskId,
      @NotBlank(message = "{agreement.comments.required}")
          @Size(max = Profile.REASON_MAX)
          @PlainText
          String comments,
      @NotBlank String actorId) {
    Profile profile = permitted(taskId, actorId);
    profile.returnForRevision(actorId, comments, time.now());
    complete(taskId, actorId, RETURN);
  }

  private Profile permitted(String taskId, String actorId) {
    Task task = tasks.groupTask(taskId, COMMUNICATIONS_AGREEMENT, actorId, Roles.COMMUNICATIONS);
    Profile profile = proposals.profile(tasks.profileIdOf(task));
    if (profile.isProposedBy(actorId)) {
      throw tasks.refuse(actorId, taskId, "nobody agrees to their own proposal");
    }
    return profile;
  }

  /** The task was offered to the group; it is recorded as the person's who answered. */
  private void complete(String taskId, String actorId, String agreement) {
    taskService.setAssignee(taskId, actorId);
    taskService.complete(taskId, Map.of(VAR_AGREEMENT, agreement));
  }
}
