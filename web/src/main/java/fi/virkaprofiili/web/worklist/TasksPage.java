package fi.virkaprofiili.web.worklist;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The signed-in user's tasks and their groups' tasks, narrowed to one kind of task if asked. A
 * group task can be claimed, so that colleagues see it is being handled, and given back.
 */
@Named
@ViewScoped
public class TasksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkList workList;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private String taskKey;
  /** All the user's tasks, read once per change; the list and the kinds to narrow by come from it. */
  private List<WorkItem> allTasks;

  public List<WorkItem> getTasks() {
    return allTasks().stream().filter(task -> taskKey == null || task.getTaskKey().equals(taskKey)).toList();
  }

  /** The kinds of task the user has now, to narrow the list by. */
  public List<String> getTaskKeys() {
    return allTasks().stream().map(WorkItem::getTaskKey).distinct().sorted().toList();
  }

  private List<WorkItem> allTasks() {
    if (allTasks == null) {
      allTasks = workList.tasksOf(currentUser.getId());
    }
    return allTasks;
  }

  public void claim(String taskId) {
    act(() -> workList.claim(taskId, currentUser.getId()), "tasks.claimed");
  }

  public void unclaim(String taskId) {
    act(() -> workList.unclaim(taskId, currentUser.getId()), "tasks.unclaimed");
  }

  /** Narrowing needs no new read: the filter applies to the tasks already read. */
  public void filter() {}

  private void act(Runnable call, String doneKey) {
    try {
      call.run();
      messages.info(doneKey);
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
    allTasks = null;
  }

  public boolean isMine(WorkItem task) {
    return currentUser.getId().equals(task.getAssignee());
  }

  public String getTaskKey() {
    return taskKey;
  }

  public void setTaskKey(String taskKey) {
    this.taskKey = taskKey == null || taskKey.isBlank() ? null : taskKey;
  }
}
