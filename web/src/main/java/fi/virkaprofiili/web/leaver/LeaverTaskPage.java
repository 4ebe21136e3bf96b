package fi.virkaprofiili.web.leaver;

import fi.virkaprofiili.leaver.boundary.LeaverTasks;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.processes.PersonLeft;
import fi.virkaprofiili.profile.entity.AccessRegistration;
import fi.virkaprofiili.profile.entity.Administrator;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The form of both tasks that follow a person's leaving: the unit's manager names another
 * administrator (R3), IT records that it revoked the person's access and who holds it now (R8). The
 * fields of each are checked in {@link LeaverTasks}, and shown at the field.
 */
@Named
@ViewScoped
public class LeaverTaskPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private LeaverTasks leaverTasks;

  private String leaverName;

  @NotBlank(message = "{leaver.administratorName.required}")
  @Size(max = Administrator.NAME_MAX, message = "{proposal.text.size}")
  private String name;

  @NotBlank(message = "{leaver.jobTitle.required}")
  @Size(max = Administrator.NAME_MAX, message = "{proposal.text.size}")
  private String jobTitle;

  @Email(message = "{leaver.email.pattern}")
  @Size(max = Administrator.EMAIL_MAX, message = "{proposal.text.size}")
  private String email;

  @NotBlank(message = "{setup.accessHolders.required}")
  @Size(max = AccessRegistration.HOLDERS_MAX, message = "{proposal.text.size}")
  private String holdersNow;

  @Override
  protected void loaded(WorkItem task) {
    try {
      leaverName = leaverTasks.followUp(task.getTaskId(), currentUser.getId()).leaverName();
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
    if (task.getProfile() != null && task.getProfile().getAccess() != null) {
      holdersNow = task.getProfile().getAccess().getHolders();
    }
  }

  public boolean isAdministratorNeeded() {
    return getTask() != null
        && PersonLeft.NAME_ANOTHER_ADMINISTRATOR.equals(getTask().getTaskKey());
  }

  public String nameAdministrator() {
    return complete(
        () ->
            leaverTasks.nameAdministrator(
                getTaskId(), name, jobTitle, blankToNull(email), currentUser.getId()),
        "leaverTask.named");
  }

  public String confirmRevoked() {
    return complete(
        () -> leaverTasks.confirmAccessRevoked(getTaskId(), holdersNow, currentUser.getId()),
        "leaverTask.revokedDone");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getLeaverName() {
    return Objects.requireNonNullElse(leaverName, "");
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getHoldersNow() {
    return holdersNow;
  }

  public void setHoldersNow(String holdersNow) {
    this.holdersNow = holdersNow;
  }

  public int getHoldersMaxLength() {
    return AccessRegistration.HOLDERS_MAX;
  }
}
