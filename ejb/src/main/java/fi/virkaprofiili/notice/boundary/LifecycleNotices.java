package fi.virkaprofiili.notice.boundary;

import fi.virkaprofiili.notice.control.MailText;
import fi.virkaprofiili.notice.control.PortalLinks;
import fi.virkaprofiili.notice.control.Recipients;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.entity.Administrator;
import fi.virkaprofiili.profile.entity.Closure;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The e-mails the lifecycle sends by itself. Each is keyed by what it is about, so that it goes to
 * each recipient once, and each is written into the profile's history.
 */
@Stateless
public class LifecycleNotices {

  @Inject private Notices notices;
  @Inject private Recipients recipients;
  @Inject private ProposalService proposals;
  @Inject private TaskService taskService;
  @Inject private OrganisationTime time;

  /**
   * The manager is reminded of the decision task that waits for them: whom it is assigned to, their
   * deputy while they are away.
   */
  public void remindManager(long profileId, String decisionTaskId) {
    Profile profile = proposals.profile(profileId);
    Task task = taskService.createTaskQuery().taskId(decisionTaskId).singleResult();
    String manager =
        task != null && task.getAssignee() != null
            ? task.getAssignee()
            : profile.getUnit().getManagerId();
    Set<String> sent =
        notices.sendOnce(
            "decision-reminder/" + decisionTaskId,
            recipients.ofUser(manager),
            MailText.of(
                "decisionReminder",
                profile.getName(),
                waitingSince(task),
                taskLink(decisionTaskId)));
    profile.noticeGiven(ProfileEventType.REMINDED, sent, time.now());
  }

  /** Communications hears that a decision has waited too long. */
  public void escalateDecision(long profileId, String decisionTaskId) {
    Profile profile = proposals.profile(profileId);
    Task task = taskService.createTaskQuery().taskId(decisionTaskId).singleResult();
    String manager = profile.getUnit().getManagerId();
    Set<String> sent =
        notices.sendOnce(
            "decision-escalation/" + decisionTaskId,
            recipients.ofGroup(Roles.COMMUNICATIONS),
            MailText.of(
                "decisionEscalation",
                profile.getName(),
                waitingSince(task),
                profileLink(profileId),
                manager));
    profile.noticeGiven(ProfileEventType.ESCALATED, sent, time.now());
  }

  /** The profile's owner is reminded to post the closure notice before it is due. */
  public void remindClosureNotice(long profileId, String noticeTaskId) {
    Profile profile = proposals.profile(profileId);
    Task task = taskService.createTaskQuery().taskId(noticeTaskId).singleResult();
    String owner = profile.getProposerId();
    Set<String> sent =
        notices.sendOnce(
            "closure-notice-reminder/" + noticeTaskId,
            recipients.ofUser(owner),
            MailText.of(
                "closureNoticeReminder",
                profile.getName(),
                dueOn(task),
                profile.getClosure().getClosingOn(),
                taskLink(noticeTaskId)));
    profile.noticeGiven(ProfileEventType.CLOSURE_NOTICE_REMINDED, sent, time.now());
  }

  /**
   * The manager of the owning unit hears that the closure notice is overdue (their deputy while
   * they are away).
   */
  public void escalateClosureNotice(long profileId, String noticeTaskId) {
    Profile profile = proposals.profile(profileId);
    Task task = taskService.createTaskQuery().taskId(noticeTaskId).singleResult();
    String manager = profile.getUnit().deciderFor(profile.getProposerId());
    Set<String> sent =
        notices.sendOnce(
            "closure-notice-escalation/" + noticeTaskId,
            recipients.ofUser(manager),
            MailText.of(
                "closureNoticeEscalation",
                profile.getName(),
                dueOn(task),
                profile.getClosure().getClosingOn(),
                profileLink(profileId),
                profile.getProposerId()));
    profile.noticeGiven(ProfileEventType.CLOSURE_NOTICE_ESCALATED, sent, time.now());
  }

  /** The administrators, the profile's owner, IT and communications hear of a decided closure. */
  public Set<String> notifyClosure(long profileId) {
    Profile profile = proposals.profile(profileId);
    Closure closure = profile.getClosure();
    Set<String> to = new LinkedHashSet<>();
    profile.getAdministrators().stream()
        .map(Administrator::getEmail)
        .filter(e -> e != null)
        .forEach(to::add);
    to.addAll(recipients.ofUser(profile.getProposerId()));
    to.addAll(recipients.ofGroup(Roles.IT));
    to.addAll(recipients.ofGroup(Roles.COMMUNICATIONS));
    Set<String> sent =
        notices.sendOnce(
            "closure/" + profileId + "/" + closure.getDecidedAt().toEpochMilli(),
            to,
            MailText.of(
                "closure",
                profile.getName(),
                closure.getClosingOn(),
                closure.getReason(),
                closure.getRedirectUrl(),
                profileLink(profileId)));
    // On the timeline even without a mail host, so the owner sees that the notice was given.
    profile.noticeGiven(ProfileEventType.CLOSURE_NOTIFIED, sent, time.now());
    return sent;
  }

  /** The day the task was created, written per language by {@link MailText}. */
  private Object waitingSince(Task task) {
    return task == null ? "" : time.dayOf(task.getCreateTime().toInstant());
  }

  /** The day the task is due, written per language by {@link MailText}. */
  private Object dueOn(Task task) {
    return task == null || task.getDueDate() == null
        ? ""
        : time.dayOf(task.getDueDate().toInstant());
  }

  private static String taskLink(String taskId) {
    return PortalLinks.task(taskId);
  }

  private static String profileLink(long profileId) {
    return PortalLinks.profile(profileId);
  }
}
