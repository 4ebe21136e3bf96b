package fi.virkaprofiili.web.closure;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The closing steps people confirm: the owner posts the announcement and later closes or archives
 * the account; IT revokes access.
 */
@Named
@ViewScoped
public class ClosingStepPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private ClosureService closures;

  private List<Map.Entry<ProfileLanguage, String>> announcement = List.of();
  private boolean archived;

  @Override
  protected void loaded(WorkItem task) {
    announcement = new ArrayList<>(closures.announcement(task.getProfile().getId()).entrySet());
  }

  public String confirm() {
    String userId = currentUser.getId();
    return switch (loadedTask().getTaskKey()) {
      case POST_CLOSURE_NOTICE ->
          complete(() -> closures.confirmNoticePosted(getTaskId(), userId), "closing.done.notice");
      case CLOSE_ACCOUNT ->
          complete(
              () -> closures.confirmAccountClosed(getTaskId(), archived, userId),
              "closing.done.account");
      default ->
          complete(() -> closures.confirmAccessRevoked(getTaskId(), userId), "closing.done.access");
    };
  }

  public String getStep() {
    return getTask() == null ? "" : getTask().getTaskKey();
  }

  public List<Map.Entry<ProfileLanguage, String>> getAnnouncement() {
    return announcement;
  }

  public boolean isArchived() {
    return archived;
  }

  public void setArchived(boolean archived) {
    this.archived = archived;
  }
}
