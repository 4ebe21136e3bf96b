package fi.virkaprofiili.proposal.boundary;

import fi.virkaprofiili.profile.entity.Administrator;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One row of the proposal's administrator list; a row left empty is ignored. */
public class AdministratorEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = Administrator.NAME_MAX, message = "{proposal.administrator.size}")
  private String name;

  @Size(max = Administrator.NAME_MAX, message = "{proposal.administrator.size}")
  private String jobTitle;

  public AdministratorEntry() {}

  public AdministratorEntry(String name, String jobTitle) {
    this.name = name;
    this.jobTitle = jobTitle;
  }

  boolean isEmpty() {
    return isBlank(name) && isBlank(jobTitle);
  }

  boolean isComplete() {
    return !isBlank(name) && !isBlank(jobTitle);
  }

  Administrator toAdministrator() {
    return new Administrator(name, jobTitle);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
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
}
