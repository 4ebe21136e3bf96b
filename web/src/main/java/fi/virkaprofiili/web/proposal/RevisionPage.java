package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.Violations;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The proposer's revision of a returned proposal: the form, filled in, with the manager's request. */
@Named
@ViewScoped
public class RevisionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkList workList;
  @Inject private ProposalService proposals;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private Violations violations;

  private String taskId;
  private WorkItem task;
  private Proposal proposal;

  public String load() {
    try {
      task = workList.task(taskId, currentUser.getId());
      proposal = Proposal.of(task.getProfile());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/portal/tasks/index.xhtml?faces-redirect=true";
    }
  }

  public String resubmit() {
    if (!violations.isValid(proposal)) {
      return null;
    }
    try {
      var profile = proposals.revise(taskId, proposal, currentUser.getId());
      messages.info("proposal.resubmitted", profile.getName());
      return "/portal/proposals/mine.xhtml?faces-redirect=true";
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

  public Proposal getProposal() {
    return proposal;
  }
}
