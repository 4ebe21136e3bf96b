package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.profile.entity.Channel;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** How the task list is narrowed: by kind, by what the task concerns, by when it is due. */
public class TaskFilter implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int SEARCH_MAX = 200;

  /** When a task is due. */
  public enum Due {
    ANY,
    /** Due within the coming week, not yet overdue. */
    SOON,
    OVERDUE
  }

  /** Tasks someone has put off until a follow-up date, as Camunda's Tasklist does. */
  public enum FollowUp {
    /** Every task; those put off come after the others. */
    ALL,
    /** Only tasks without a follow-up date in the future. */
    NOW,
    /** Only tasks put off until a date still ahead. */
    LATER
  }

  private String taskKey;

  @Size(max = SEARCH_MAX)
  private String profileName;

  private Channel channel;
  private Due due = Due.ANY;
  private FollowUp followUp = FollowUp.ALL;

  public String getTaskKey() {
    return taskKey;
  }

  public void setTaskKey(String taskKey) {
    this.taskKey = blankAsNull(taskKey);
  }

  /** Part of the name of the profile, or of the reported address, the task concerns. */
  public String getProfileName() {
    return profileName;
  }

  public void setProfileName(String profileName) {
    this.profileName = blankAsNull(profileName);
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Due getDue() {
    return due;
  }

  public void setDue(Due due) {
    this.due = due == null ? Due.ANY : due;
  }

  public FollowUp getFollowUp() {
    return followUp;
  }

  public void setFollowUp(FollowUp followUp) {
    this.followUp = followUp == null ? FollowUp.ALL : followUp;
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
