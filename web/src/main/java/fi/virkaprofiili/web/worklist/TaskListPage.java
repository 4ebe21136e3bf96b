package fi.virkaprofiili.web.worklist;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.worklist.boundary.TaskClaims;
import fi.virkaprofiili.worklist.boundary.TaskCounts;
import fi.virkaprofiili.worklist.boundary.TaskFilter;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The signed-in user's tasks and their groups' tasks, most urgent first, read a page at a time and
 * narrowed by kind, by what they concern, by channel and by when they are due. A group task can be
 * claimed, so that colleagues see it is being handled, and given back. A link to one task ({@code
 * ?task=}) opens its form.
 */
@Named("tasksPage")
@ViewScoped
public class TaskListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkList workList;
  @Inject private TaskClaims claims;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private TaskForms taskForms;

  private final TaskFilter filter = new TaskFilter();
  private String openTaskId;

  private final LazyDataModel<WorkItem> tasks =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        /**
         * What the table counted just before it reads the page: the page is placed with it, not
         * counted again.
         */
        private TaskCounts counted;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          counted = workList.counts(currentUser.getId(), filter);
          return (int) counted.total();
        }

        @Override
        public List<WorkItem> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          int max = Math.min(pageSize, WorkList.PAGE_MAX);
          if (counted == null) {
            return workList.page(currentUser.getId(), filter, first, max);
          }
          TaskCounts counts = counted;
          // Used once: the next reading (another page, the same one after a claim) counts again.
          counted = null;
          return workList.page(currentUser.getId(), filter, counts, first, max);
        }

        @Override
        public String getRowKey(WorkItem task) {
          return task.getTaskId();
        }
      };

  /**
   * A link to one task, as an e-mail gives it, opens the task's form if the task still waits for
   * the user.
   */
  public String open() {
    if (openTaskId == null || openTaskId.isBlank()) {
      return null;
    }
    try {
      WorkItem task = workList.task(openTaskId, currentUser.getId());
      return taskForms.outcomeFor(task.getTaskKey())
          + "?faces-redirect=true&task="
          + task.getTaskId();
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public LazyDataModel<WorkItem> getTasks() {
    return tasks;
  }

  public void claim(String taskId) {
    act(() -> claims.claim(taskId, currentUser.getId()), "tasks.claimed");
  }

  public void unclaim(String taskId) {
    act(() -> claims.unclaim(taskId, currentUser.getId()), "tasks.unclaimed");
  }

  /** The table reads its page again with the filter as it now is. */
  public void filter() {}

  private void act(Runnable call, String doneKey) {
    try {
      call.run();
      messages.info(doneKey);
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
  }

  public boolean isMine(WorkItem task) {
    return currentUser.getId().equals(task.getAssignee());
  }

  public TaskFilter getFilter() {
    return filter;
  }

  public int getSearchMaxLength() {
    return TaskFilter.SEARCH_MAX;
  }

  /** The kinds of task to narrow by. */
  public List<String> getTaskKeys() {
    return taskForms.getTaskKeys();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public TaskFilter.Due[] getDueOptions() {
    return TaskFilter.Due.values();
  }

  public TaskFilter.FollowUp[] getFollowUpOptions() {
    return TaskFilter.FollowUp.values();
  }

  public String getOpenTaskId() {
    return openTaskId;
  }

  public void setOpenTaskId(String openTaskId) {
    this.openTaskId = openTaskId;
  }
}
