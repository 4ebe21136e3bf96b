package fi.virkaprofiili.setup.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.profile.entity.AboutText;
import fi.virkaprofiili.profile.entity.AccessRegistration;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.PublishedTexts;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Sets up an approved profile before it is listed: IT's access (R8) and the account itself (R7).
 */
@Stateless
public class AccountSetup {

  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  /** IT records who holds access to the account and how. Only IT may. */
  @OneEngineCommand
  public void registerAccess(
      @NotBlank String taskId,
      @NotBlank(message = "{setup.accessHolders.required}")
          @Size(max = AccessRegistration.HOLDERS_MAX, message = "{proposal.text.size}")
          @PlainText
          String holders,
      @NotBlank String actorId) {
    Task task = tasks.groupTask(taskId, REGISTER_ACCESS, actorId, Roles.IT);
    proposals.profile(tasks.profileIdOf(task)).registerAccess(holders, actorId, time.now());
    taskService.complete(taskId);
  }

  /** The owner records where the account is, once created with the generated "about" text. */
  @OneEngineCommand
  public void recordAccountAddress(
      @NotBlank String taskId,
      @NotBlank(message = "{setup.accountUrl.required}")
          @Size(max = Profile.URL_MAX, message = "{proposal.accountUrl.size}")
          @Pattern(regexp = Proposal.HTTP_URL, message = "{proposal.accountUrl.pattern}")
          @SingleLine
          String url,
      @NotBlank String actorId) {
    Task task = tasks.assignedTask(taskId, RECORD_ACCOUNT_ADDRESS, actorId, "the proposer");
    proposals
        .profile(tasks.profileIdOf(task))
        .recordAccountAddress(url.strip(), actorId, time.now());
    taskService.complete(taskId);
  }

  /**
   * The account's "about" text, in the profile's languages: purpose and administrators (R7, R15),
   * in the version that fits the description of the profile's service, with its length and limit.
   */
  public Map<ProfileLanguage, AboutText> aboutText(long profileId) {
    return PublishedTexts.aboutForService(proposals.profile(profileId));
  }
}
