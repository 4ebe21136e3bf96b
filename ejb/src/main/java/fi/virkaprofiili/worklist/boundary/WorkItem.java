package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import java.time.Instant;

/** A task waiting for someone, with the profile it concerns. */
public class WorkItem {

  private final String taskId;
  private final String taskKey;
  private final String assignee;
  private final Instant created;
  private final Instant due;
  private final Profile profile;

  public WorkItem(String taskId, String taskKey, String assignee, Instant created, Instant due, Profile profile) {
    this.taskId = taskId;
    this.taskKey = taskKey;
    this.assignee = assignee;
    this.created = created;
    this.due = due;
    this.profile = profile;
  }

  public String getTaskId() {
    return taskId;
  }

  /** The BPMN element id of the task, such as {@code managerDecision}. */
  public String getTaskKey() {
    return taskKey;
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
