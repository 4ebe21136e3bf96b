package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.report.entity.FakeReport;
import java.time.Instant;
import java.time.LocalDate;

/** A task waiting for someone, with what it concerns: a profile, or a report of a fake profile. */
public class WorkItem {

  private final String taskId;
  private final String taskKey;
  private final String assignee;
  private final Instant created;
  private final Instant due;
  private final Instant followUp;
  private final int priority;
  private final boolean overdue;
  private final boolean putOff;
  private final Profile profile;
  private final FakeReport report;

  /**
   * {@code overdue} and {@code putOff} are as of the moment the task was read: past its due date,
   * and put off until a follow-up date still ahead.
   */
  public WorkItem(
      String taskId,
      String taskKey,
      String assignee,
      Instant created,
      Instant due,
      Instant followUp,
      int priority,
      Instant now,
      Profile profile,
      FakeReport report) {
    this.taskId = taskId;
    this.taskKey = taskKey;
    this.assignee = assignee;
    this.created = created;
    this.due = due;
    this.followUp = followUp;
    this.priority = priority;
    this.overdue = due != null && due.isBefore(now);
    this.putOff = followUp != null && followUp.isAfter(now);
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

  /** The date someone set to come back to the task; null if nobody did. */
  public Instant getFollowUp() {
    return followUp;
  }

  /** The follow-up date as the day it falls on in the organisation's time zone; null if none. */
  public LocalDate getFollowUpDay() {
    return followUp == null ? null : LocalDate.ofInstant(followUp, Settings.timeZone());
  }

  public int getPriority() {
    return priority;
  }

  public boolean isOverdue() {
    return overdue;
  }

  /** Put off until a follow-up date still ahead: it comes after the tasks to do now. */
  public boolean isPutOff() {
    return putOff;
  }

  public Profile getProfile() {
    return profile;
  }
}
