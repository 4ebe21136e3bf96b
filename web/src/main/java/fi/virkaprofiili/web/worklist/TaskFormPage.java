package fi.virkaprofiili.web.worklist;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.task.boundary.TaskAccess;
import fi.virkaprofiili.web.platform.BadRequest;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.Violations;
import fi.virkaprofiili.worklist.boundary.TaskComment;
import fi.virkaprofiili.worklist.boundary.TaskComments;
import fi.virkaprofiili.worklist.boundary.TaskFollowUps;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What every task form shares: the task named by the {@code task} view parameter, loaded only if it
 * still waits for the signed-in user; otherwise the user is told why and sent to the list. Each
 * form also shows the task's dates and comments, and lets those who work on it set a follow-up date
 * and comment ({@code /WEB-INF/templates/taskWork.xhtml}).
 */
public abstract class TaskFormPage implements Serializable {

  private static final long serialVersionUID = 1L;
  protected static final String TASK_LIST = "/portal/tasks/index.xhtml?faces-redirect=true";

  @Inject private WorkList workList;
  @Inject private TaskComments taskComments;
  @Inject private TaskFollowUps followUps;
  @Inject protected CurrentUser currentUser;
  @Inject protected Messages messages;
  @Inject private Violations violations;
  @Inject private TaskForms taskForms;

  private String taskId;
  private WorkItem task;
  private List<TaskComment> comments;
  private String newComment;
  private LocalDate followUp;

  public String load() {
    if (!TaskAccess.isWellFormed(taskId)) {
      // an address no page makes: answered as a bad request, not as a task gone
      throw new BadRequest(400, "error.taskParameter", "No task id, or none a task can have");
    }
    try {
      task = workList.task(taskId, currentUser.getId());
      if (!isThisForm(task)) {
        // the page would read what another kind of task does not have
        throw new BadRequest(
            400, "error.taskOtherForm", "Task " + taskId + " is a " + task.getTaskKey() + " task");
      }
      followUp = task.getFollowUpDay();
      loaded(task);
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return TASK_LIST;
    }
  }

  /**
   * The task this form was opened for. A post that does not come from this form as it was opened (a
   * view state of another page, a {@code task} parameter changed on the way) is a bad request: the
   * form would otherwise act on a task it never showed, or on none.
   */
  protected WorkItem loadedTask() {
    if (task == null || !task.getTaskId().equals(taskId)) {
      throw new BadRequest(
          400, "error.taskParameter", "The form was not opened for task " + taskId);
    }
    return task;
  }

  /** Whether this page is the form for the kind of {@code task}, as {@link TaskForms} says. */
  private boolean isThisForm(WorkItem task) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String viewId = faces == null ? null : faces.getViewRoot().getViewId();
    return viewId == null || viewId.equals(taskForms.outcomeFor(task.getTaskKey()) + ".xhtml");
  }

  /**
   * Runs the boundary call that completes the task and tells the user it was done; a refusal is
   * shown instead and the form stays as it was.
   */
  protected String complete(Runnable boundaryCall, String doneKey) {
    loadedTask();
    try {
      boundaryCall.run();
      messages.info(doneKey, task.getSubject());
      return TASK_LIST;
    } catch (BusinessException refusal) {
      String field = fieldOf(refusal);
      if (field == null) {
        messages.refusal(refusal);
      } else {
        messages.refusalAt(field, refusal);
      }
      return null;
    }
  }

  /**
   * The client id of the field a refusal is about, where the page shows it; null to show it among
   * the page's messages.
   */
  protected String fieldOf(BusinessException refusal) {
    return null;
  }

  /**
   * As {@link #complete(Runnable, String)}, after checking the whole form against its rules; a
   * broken rule is shown and nothing is called.
   */
  protected String complete(Object form, Runnable boundaryCall, String doneKey) {
    if (!violations.isValid(form)) {
      return null;
    }
    return complete(boundaryCall, doneKey);
  }

  /** The comments on the task, oldest first, read once per view and again after one is added. */
  public List<TaskComment> getTaskComments() {
    if (comments == null && task != null) {
      try {
        comments = taskComments.comments(task.getTaskId(), currentUser.getId());
      } catch (BusinessException refusal) {
        comments = List.of();
      }
    }
    return comments;
  }

  /** Adds the comment typed; the form keeps it if it is refused. */
  public void addTaskComment() {
    if (newComment == null || newComment.isBlank()) {
      messages.error("taskWork.comment.required");
      return;
    }
    try {
      taskComments.comment(loadedTask().getTaskId(), newComment, currentUser.getId());
      newComment = null;
      comments = null;
      messages.info("taskWork.commented");
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  /**
   * Puts the task off until the follow-up date chosen, or brings it back when the date is cleared.
   */
  public void saveFollowUp() {
    try {
      followUps.followUp(loadedTask().getTaskId(), followUp, currentUser.getId());
      messages.info(followUp == null ? "taskWork.followUpCleared" : "taskWork.followUpSet");
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  public int getCommentMaxLength() {
    return TaskComment.TEXT_MAX;
  }

  public String getNewTaskComment() {
    return newComment;
  }

  public void setNewTaskComment(String newComment) {
    this.newComment = newComment;
  }

  public LocalDate getFollowUp() {
    return followUp;
  }

  public void setFollowUp(LocalDate followUp) {
    this.followUp = followUp;
  }

  /** Prepares the form once the task is known. */
  protected void loaded(WorkItem task) {}

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public WorkItem getTask() {
    return task;
  }
}
