package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.progress.boundary.ProcessProgress;
import fi.virkaprofiili.progress.boundary.Progress;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * One proposal or profile: what it states, a timeline of who did what, when and why, and its
 * process diagram with the step it waits at now.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private ClosureService closures;
  @Inject private ProcessProgress processProgress;

  private Long profileId;
  private Profile profile;
  private String closureReason;
  private Progress progress = Progress.NONE;

  /**
   * The manager of the owning unit asks for the profile to be closed; the decision task follows.
   */
  public String requestClosure() {
    try {
      closures.requestClosure(profileId, closureReason, currentUser.getId());
      messages.info("closure.requested");
      return "/portal/tasks/index.xhtml?faces-redirect=true";
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return null;
    }
  }

  public boolean isClosureRequestable() {
    return profile != null && closures.mayRequestClosure(profile, currentUser.getId());
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }

  public String load() {
    try {
      profile = proposals.profileSeenBy(profileId == null ? -1 : profileId, currentUser.getId());
      progress = processProgress.of(profile.getId(), currentUser.getId());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/portal/proposals/mine.xhtml?faces-redirect=true";
    }
  }

  public Long getProfileId() {
    return profileId;
  }

  public void setProfileId(Long profileId) {
    this.profileId = profileId;
  }

  public Profile getProfile() {
    return profile;
  }

  public Progress getProgress() {
    return progress;
  }

  /**
   * The step in the user's language: a task by its task name, a waiting point by its own; else the
   * model's name.
   */
  public String stepName(Progress.Step step) {
    String key = "step." + step.id();
    String text = messages.text(key);
    if (!text.equals(key)) {
      return text;
    }
    if (messages.isTaskNamed(step.id())) {
      return messages.taskName(step.id());
    }
    String label = DiagramLabels.of(step.id(), locale());
    return label != null ? label : step.name();
  }

  /** Element ids for the diagram's script, separated by spaces. */
  public String getCurrentIds() {
    return String.join(" ", progress.currentIds());
  }

  public String getCompletedIds() {
    return String.join(" ", progress.completed());
  }

  /** Steps that ended without being done, marked apart from those done. */
  public String getCancelledIds() {
    return String.join(" ", progress.cancelled());
  }

  /** The diagram's labels in the page's language, as JSON keyed by element id. */
  public String getDiagramLabels() {
    return DiagramLabels.json(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
