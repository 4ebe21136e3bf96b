package fi.virkaprofiili.web.worklist;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * What every task form shares: the task named by the {@code task} view parameter, loaded only if
 * it still waits for the signed-in user; otherwise the user is told why and sent to the list.
 */
public abstract class TaskPage implements Serializable {

  private static final long serialVersionUID = 1L;
  protected static final String TASK_LIST = "/portal/tasks/index.xhtml?faces-redirect=true";

  @Inject private WorkList workList;
  @Inject protected CurrentUser currentUser;
  @Inject protected Messages messages;
  @Inject private fi.virkaprofiili.web.platform.Violations violations;

  private String taskId;
  private WorkItem task;

  public String load() {
    try {
      task = workList.task(taskId, currentUser.getId());
      loaded(task);
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return TASK_LIST;
    }
  }

  /**
   * Runs the boundary call that completes the task and tells the user it was done; a refusal is
   * shown instead and the form stays as it was.
   */
  protected String complete(Runnable boundaryCall, String doneKey) {
    try {
      boundaryCall.run();
      messages.info(doneKey, task.getSubject());
      return TASK_LIST;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
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
