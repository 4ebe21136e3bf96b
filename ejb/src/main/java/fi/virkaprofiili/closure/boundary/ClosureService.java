package fi.virkaprofiili.closure.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.profile.entity.Closure;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.PublishedTexts;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Closing a profile (R11, R12). Only the manager of the owning unit requests or decides a closure;
 * the closing steps are done by the profile's owner and by IT; every step is on the profile's
 * history.
 */
@Stateless
public class ClosureService {

  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private TaskAccess tasks;
  @Inject private ProposalService proposals;
  @Inject private OrganisationTime time;

  /**
   * The manager of the owning unit asks for a listed profile to be closed; the decision follows.
   */
  public void requestClosure(
      long profileId,
      @Size(max = Profile.REASON_MAX) @PlainText String reason,
      @NotBlank String actorId) {
    Profile profile = proposals.profile(profileId);
    if (!profile.getUnit().isManagedBy(actorId)) {
      throw tasks.refuse(
          actorId,
          "closure of profile " + profileId,
          "they do not manage unit " + profile.getUnit().getCode());
    }
    if (!profile.isInUse()) {
      throw new ConflictException(
          "error.notInUse",
          "Profile " + profileId + " is " + profile.getState() + " and not in use");
    }
    if (!awaitsClosureRequest(profile)) {
      throw closureWaiting(profileId);
    }
    profile.requestClosure(actorId, reason, time.now());
    try {
      runtimeService
          .createMessageCorrelation(CLOSURE_REQUESTED_MESSAGE)
          .processInstanceId(profile.getProcessInstanceId())
          .correlate();
    } catch (MismatchingMessageCorrelationException raced) {
      // another request got there between the check and the message: the same refusal
      throw closureWaiting(profileId);
    }
  }

  /**
   * Whether the profile's process can take a closure request now: it cannot while one already waits
   * for its decision (the process then listens for no such message).
   */
  private boolean awaitsClosureRequest(Profile profile) {
    return profile.getProcessInstanceId() != null
        && runtimeService
                .createEventSubscriptionQuery()
                .processInstanceId(profile.getProcessInstanceId())
                .eventType("message")
                .eventName(CLOSURE_REQUESTED_MESSAGE)
                .count()
            > 0;
  }

  private static ConflictException closureWaiting(long profileId) {
    return new ConflictException(
        "error.closureWaiting",
        "A closure of profile " + profileId + " was already requested and waits for its decision");
  }

  /** Whether this person may ask for the profile to be closed now. */
  public boolean mayRequestClosure(Profile profile, String userId) {
    return profile.isInUse()
        && profile.getProcessInstanceId() != null
        && profile.getUnit().isManagedBy(userId)
        && awaitsClosureRequest(profile);
  }

  @OneEngineCommand
  public void decide(
      @NotBlank String taskId, @NotNull @Valid ClosureDecision decision, @NotBlank String actorId) {
    Task task =
        tasks.assignedTask(taskId, CLOSURE_DECISION, actorId, "the manager of the owning unit");
    Profile profile = proposals.profile(tasks.profileIdOf(task));
    if (!profile.getUnit().isDecidedBy(actorId)) {
      throw tasks.refuse(actorId, taskId, "they do not manage unit " + profile.getUnit().getCode());
    }
    Map<String, Object> variables = new HashMap<>();
    if (decision.isClosing()) {
      notice().require(decision.getClosingOn());
      profile.decideClosure(
          new Closure(
              decision.getReason(),
              decision.getClosingOn(),
              decision.getRedirectUrl(),
              actorId,
              time.now()));
      variables.put(VAR_CLOSURE, CLOSE);
      variables.put(VAR_CLOSING_DATE, OrganisationTime.startOf(decision.getClosingOn()));
    } else {
      if (profile.getKind() == ProfileKind.CAMPAIGN
          && (decision.getNewCampaignEnd() == null
              || !decision.getNewCampaignEnd().isAfter(time.today()))) {
        throw new InvalidRequestException(
            "error.campaignEndRequired",
            "A campaign that is kept needs a new end of its active period, in the future");
      }
      profile.keep(
          actorId, decision.getReason(), decision.getNewCampaignEnd(), time.today(), time.now());
      variables.put(VAR_CLOSURE, KEEP);
      if (profile.getCampaignEndsOn() != null) {
        variables.put(VAR_CAMPAIGN_ENDS_ON, OrganisationTime.endOf(profile.getCampaignEndsOn()));
      }
    }
    taskService.complete(taskId, variables);
  }

  /**
   * The first day a closure decided today may close on: the page offers it and {@link #decide}
   * refuses any earlier day, both from the organisation's today.
   */
  public LocalDate earliestClosingDate() {
    return notice().earliestClosingDate();
  }

  private ClosingNotice notice() {
    return new ClosingNotice(time.today(), minimumNoticeDays());
  }

  /** How many days ahead a closure must be announced at least. */
  public int minimumNoticeDays() {
    return Settings.number(Settings.CLOSURE_NOTICE_DAYS, 14);
  }

  /** The registry now shows that the profile closes, when, and where to follow instead. */
  public void announceClosure(long profileId) {
    proposals.profile(profileId).announceClosure(time.now());
  }

  /** The announcement to post on the channel, in the profile's languages. */
  public Map<ProfileLanguage, String> announcement(long profileId) {
    return PublishedTexts.closureAnnouncement(proposals.profile(profileId));
  }

  @OneEngineCommand
  public void confirmNoticePosted(@NotBlank String taskId, @NotBlank String actorId) {
    closingStep(
        tasks.assignedTask(taskId, POST_CLOSURE_NOTICE, actorId, "the profile's owner"),
        ProfileEventType.CLOSURE_NOTICE_POSTED,
        actorId,
        null);
  }

  @OneEngineCommand
  public void confirmAccountClosed(
      @NotBlank String taskId, boolean archived, @NotBlank String actorId) {
    closingStep(
        tasks.assignedTask(taskId, CLOSE_ACCOUNT, actorId, "the profile's owner"),
        ProfileEventType.ACCOUNT_CLOSED,
        actorId,
        archived ? "archived" : "closed");
  }

  @OneEngineCommand
  public void confirmAccessRevoked(@NotBlank String taskId, @NotBlank String actorId) {
    closingStep(
        tasks.groupTask(taskId, REVOKE_ACCESS, actorId, Roles.IT),
        ProfileEventType.ACCESS_REVOKED,
        actorId,
        null);
  }

  private void closingStep(Task task, ProfileEventType step, String actorId, String detail) {
    proposals.profile(tasks.profileIdOf(task)).closingStepDone(step, actorId, detail, time.now());
    taskService.complete(task.getId());
  }

  /** The closing date came before the owner confirmed the notice; the closing steps go on. */
  public void noticeNotConfirmed(long profileId) {
    proposals.profile(profileId).noticeNotConfirmed(time.now());
  }

  /** The closure is complete; the registry keeps the closed listing and its redirection. */
  public void markClosed(long profileId) {
    proposals.profile(profileId).markClosed(time.now());
  }
}
