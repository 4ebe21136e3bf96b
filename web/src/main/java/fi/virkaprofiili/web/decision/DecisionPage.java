package fi.virkaprofiili.web.decision;

import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The manager's decision form, with the whole proposal on the same page. */
@Named
@ViewScoped
public class DecisionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkList workList;
  @Inject private DecisionService decisions;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private String taskId;
  private WorkItem task;
  private String reason;

  /** Loads the task; a task that is gone or not the user's sends them back to the list. */
  public String load() {
    try {
      task = workList.task(taskId, currentUser.getId());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/portal/tasks/index.xhtml?faces-redirect=true";
    }
  }

  public String approve() {
    return decide(Decision.approve());
  }

  public String reject() {
    return decide(Decision.reject(reason));
  }

  public String returnForRevision() {
    return decide(Decision.returnForRevision(reason));
  }

  private String decide(Decision decision) {
    try {
      decisions.decide(taskId, decision, currentUser.getId());
      messages.info("decided." + decision.getOutcome().name(), task.getProfile().getName());
      return "/portal/tasks/index.xhtml?faces-redirect=true";
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public WorkItem getTask() {
    return task;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonMaxLength() {
    return Profile.REASON_MAX;
  }
}
