package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.report.entity.FakeReport;
import java.time.Instant;

/**
 * A task waiting for someone, with what it concerns: a profile, or a report of a fake profile.
 */
public class WorkItem {

  private final String taskId;
  private final String taskKey;
  private final String assignee;
  private final Instant created;
  private final Instant due;
  private final Profile profile;
  private final FakeReport report;

  public WorkItem(String taskId, String taskKey, String assignee, Instant created, Instant due, Profile profile) {
    this(taskId, taskKey, assignee, created, due, profile, null);
  }

  public WorkItem(String taskId, String taskKey, String assignee, Instant created, Instant due, Profile profile,
      FakeReport report) {
    this.taskId = taskId;
    this.taskKey = taskKey;
    this.assignee = assignee;
    this.created = created;
    this.due = due;
    this.profile = profile;
    this.report = report;
  }

  /** What the task is about, in a few words: the profile's name or the reported address. */
  public String getSubject() {
    if (profile != null) {
      return profile.getName();
    }
    return report == null ? "" : report.getReportedAddress();
  }

  /** The report a {@code fake-profile-report} task is about; null for the lifecycle's tasks. */
  public FakeReport getReport() {
    return report;
  }

  public String getTaskId() {
    return taskId;
  }

  /** The BPMN element id of the task, such as {@code managerDecision}. */
  public String getTaskKey() {
    return taskKey;
  }

  /** A group task someone may take: offered to groups and not yet anyone's. */
  public boolean isClaimable() {
    return assignee == null;
  }

  public String getAssignee() {
    return assignee;
  }

  public Instant getCreated() {
    return created;
  }

  public Instant getDue() {
    return due;
  }

  public Profile getProfile() {
    return profile;
  }
}
