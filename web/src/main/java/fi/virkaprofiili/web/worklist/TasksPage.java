package fi.virkaprofiili.web.worklist;

import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in user's tasks and their groups' tasks. */
@Named
@RequestScoped
public class TasksPage {

  @Inject private WorkList workList;
  @Inject private CurrentUser currentUser;

  private List<WorkItem> tasks;

  @PostConstruct
  void load() {
    tasks = workList.tasksOf(currentUser.getId());
  }

  public List<WorkItem> getTasks() {
    return tasks;
  }
}
