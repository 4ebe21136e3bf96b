package fi.virkaprofiili.notice.boundary;

import fi.virkaprofiili.notice.control.MailText;
import fi.virkaprofiili.notice.control.PortalLinks;
import fi.virkaprofiili.notice.control.Recipients;
import fi.virkaprofiili.platform.engine.TaskAssigned;
import fi.virkaprofiili.platform.mail.MailSender;
import fi.virkaprofiili.preference.control.StoredPreferences;
import fi.virkaprofiili.preference.entity.UserPreference;
import fi.virkaprofiili.profile.control.ProfileNames;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.task.boundary.TaskNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.camunda.bpm.engine.identity.User;

/**
 * E-mails each person a task is given to, or each member of the groups it is offered to, with a
 * link to it, in their own language. Once per task and person: a claim, a repeated assignment or a
 * retried job writes nothing again. People who turned task e-mail off, and people without an
 * address, get none.
 *
 * <p>Heard inside the transaction that gives the task: the e-mails are written to the outbox with
 * the task, and sent once it commits. A task created for a person is heard once, at its assignment
 * ({@code TaskAssignmentPlugin}); a retried job finds the messages it wrote before.
 *
 * <p>A plain CDI bean, not an EJB: it keeps no state and always runs in the step's transaction, and
 * the EJB container's call around every task created was a measurable part of a review's cost
 * (issue 16, item 6). What it calls opens a transaction where one is needed.
 */
@ApplicationScoped
public class TaskNotices {

  private static final Logger LOG = Logger.getLogger(TaskNotices.class.getName());

  @Inject private Notices notices;
  @Inject private MailSender mail;
  @Inject private Recipients recipients;
  @Inject private StoredPreferences preferences;
  @Inject private ProfileNames profileNames;
  @Inject private FakeReports reports;

  /**
   * Hears of each assignment as it is made. A failure to write the e-mails fails the step with
   * them, so that a task never exists without its e-mails.
   */
  public void taskAssigned(@Observes TaskAssigned assigned) {
    Set<String> written = send(assigned);
    if (!written.isEmpty()) {
      LOG.fine(
          () ->
              "Task "
                  + assigned.taskId()
                  + " ("
                  + assigned.taskKey()
                  + ") to be e-mailed to "
                  + written);
    }
  }

  /** Returns the addresses this call wrote an e-mail to. */
  public Set<String> send(TaskAssigned assigned) {
    // Without a mail server nothing can be sent, and so nothing is written; the log says who would
    // have been told of which task (never the body), as the README promises.
    if (!mail.isConfigured()) {
      LOG.info(unsent(assigned, addressees(assigned).keySet()));
      return Set.of();
    }
    String subject = subjectOf(assigned);
    Set<String> sentNow = new TreeSet<>();
    for (User user : addressees(assigned).values()) {
      UserPreference preference = preferences.of(user.getId());
      if (!preference.isTaskMail()) {
        continue;
      }
      Locale language = preference.locale();
      MailText text =
          MailText.in(
              language,
              "task",
              taskName(language, assigned.taskKey()),
              subject,
              PortalLinks.task(assigned.taskId()),
              PortalLinks.preferences());
      sentNow.addAll(notices.sendOnce("task/" + assigned.taskId(), Set.of(user.getEmail()), text));
    }
    return sentNow;
  }

  /** The one log line for a task e-mail not sent: to whom (user ids) and which task. */
  static String unsent(TaskAssigned assigned, Set<String> userIds) {
    return "No mail host configured; task "
        + assigned.taskId()
        + " ("
        + assigned.taskKey()
        + ") not e-mailed to "
        + (userIds.isEmpty() ? "anyone (nobody reachable)" : String.join(", ", userIds));
  }

  /** The assignee alone if there is one; otherwise everyone the task is offered to; by user id. */
  private Map<String, User> addressees(TaskAssigned assigned) {
    Map<String, User> users = new TreeMap<>();
    if (assigned.assignee() != null) {
      recipients
          .reachableUser(assigned.assignee())
          .ifPresent(user -> users.put(user.getId(), user));
      return users;
    }
    assigned
        .candidateUsers()
        .forEach(id -> recipients.reachableUser(id).ifPresent(user -> users.put(id, user)));
    assigned
        .candidateGroups()
        .forEach(
            group ->
                recipients
                    .reachableMembers(group)
                    .forEach(user -> users.putIfAbsent(user.getId(), user)));
    return users;
  }

  private String subjectOf(TaskAssigned assigned) {
    if (assigned.profileId() != null) {
      return profileNames.of(assigned.profileId());
    }
    if (assigned.reportId() != null) {
      return reports.report(assigned.reportId()).getReportedAddress();
    }
    return "";
  }

  private static String taskName(Locale language, String taskKey) {
    return TaskNames.of(taskKey, language);
  }
}
