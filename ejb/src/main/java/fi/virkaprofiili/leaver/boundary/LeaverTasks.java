package fi.virkaprofiili.leaver.boundary;

import static fi.virkaprofiili.processes.PersonLeft.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.profile.entity.AccessRegistration;
import fi.virkaprofiili.profile.entity.Administrator;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The two tasks that follow a person's leaving: the unit's manager names another administrator
 * (R3), IT revokes the person's access and records who holds it now (R8). Each is checked as every
 * task is ({@link TaskAccess}) before anything changes.
 */
@Stateless
public class LeaverTasks {

  @PersistenceContext private EntityManager em;
  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private OrganisationTime time;

  /** What a follow-up task's form shows: the profile and who left. */
  public record FollowUp(Profile profile, String leaverName) {}

  /** The follow-up task of either kind, for whoever may do it. */
  public FollowUp followUp(@NotBlank String taskId, @NotBlank String actorId) {
    Task task = tasks.task(taskId);
    Task checked =
        task != null && REVOKE_LEAVERS_ACCESS.equals(task.getTaskDefinitionKey())
            ? tasks.groupTask(taskId, REVOKE_LEAVERS_ACCESS, actorId, Roles.IT)
            : tasks.assignedTask(taskId, NAME_ANOTHER_ADMINISTRATOR, actorId, "the unit's manager");
    return new FollowUp(
        profile(checked), (String) taskService.getVariable(checked.getId(), VAR_LEAVER_NAME));
  }

  /** The unit's manager names another administrator; the profile records who (R3). */
  @OneEngineCommand
  public void nameAdministrator(
      @NotBlank String taskId,
      @NotBlank(message = "{leaver.administratorName.required}")
          @Size(max = Administrator.NAME_MAX, message = "{proposal.text.size}")
          @SingleLine
          String name,
      @NotBlank(message = "{leaver.jobTitle.required}")
          @Size(max = Administrator.NAME_MAX, message = "{proposal.text.size}")
          @SingleLine
          String jobTitle,
      @Email(message = "{leaver.email.pattern}")
          @Size(max = Administrator.EMAIL_MAX, message = "{proposal.text.size}")
          @SingleLine
          String email,
      @NotBlank String actorId) {
    Task task =
        tasks.assignedTask(taskId, NAME_ANOTHER_ADMINISTRATOR, actorId, "the unit's manager");
    profile(task).nameAdministrator(new Administrator(name, jobTitle, email), actorId, time.now());
    taskService.complete(taskId);
  }

  /** IT revoked the person's access; the register now says who holds access (R8). */
  @OneEngineCommand
  public void confirmAccessRevoked(
      @NotBlank String taskId,
      @NotBlank(message = "{setup.accessHolders.required}")
          @Size(max = AccessRegistration.HOLDERS_MAX, message = "{proposal.text.size}")
          @PlainText
          String holdersNow,
      @NotBlank String actorId) {
    Task task = tasks.groupTask(taskId, REVOKE_LEAVERS_ACCESS, actorId, Roles.IT);
    String leaverName = (String) taskService.getVariable(taskId, VAR_LEAVER_NAME);
    profile(task).leaversAccessRevoked(leaverName, holdersNow, actorId, time.now());
    taskService.complete(taskId);
  }

  private Profile profile(Task task) {
    return em.find(Profile.class, tasks.profileIdOf(task));
  }
}
