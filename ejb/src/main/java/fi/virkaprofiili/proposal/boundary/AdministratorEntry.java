package fi.virkaprofiili.proposal.boundary;

import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.profile.entity.Administrator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One row of the proposal's administrator list; a row left empty is ignored. */
public class AdministratorEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(
      max = Administrator.NAME_MAX,
      message = "{proposal.administrator.size}",
      groups = {Default.class, DraftRules.class})
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String name;

  @Size(
      max = Administrator.NAME_MAX,
      message = "{proposal.administrator.size}",
      groups = {Default.class, DraftRules.class})
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String jobTitle;

  @Size(
      max = Administrator.EMAIL_MAX,
      message = "{proposal.administrator.email.size}",
      groups = {Default.class, DraftRules.class})
  @Email(
      message = "{proposal.administrator.email.invalid}",
      groups = {Default.class, DraftRules.class})
  @SingleLine(groups = {Default.class, DraftRules.class})
  private String email;

  public AdministratorEntry() {}

  /** The rows of a form as a profile's administrators: rows left empty are dropped. */
  public static List<Administrator> toAdministrators(List<AdministratorEntry> entries) {
    return entries.stream()
        .filter(AdministratorEntry::isComplete)
        .map(AdministratorEntry::toAdministrator)
        .toList();
  }

  /** Every row names both the person and their job title, or is left empty. */
  public static boolean allCompleteOrEmpty(List<AdministratorEntry> entries) {
    return entries.stream().allMatch(entry -> entry.isEmpty() || entry.isComplete());
  }

  /** The rows for a profile's current administrators, to edit. */
  public static List<AdministratorEntry> of(List<Administrator> administrators) {
    return administrators.stream()
        .map(
            admin -> {
              AdministratorEntry entry =
                  new AdministratorEntry(admin.getName(), admin.getJobTitle());
              entry.setEmail(admin.getEmail());
              return entry;
            })
        .collect(Collectors.toCollection(ArrayList::new));
  }

  public AdministratorEntry(String name, String jobTitle) {
    this.name = name;
    this.jobTitle = jobTitle;
  }

  boolean isEmpty() {
    return isBlank(name) && isBlank(jobTitle) && isBlank(email);
  }

  boolean isComplete() {
    return !isBlank(name) && !isBlank(jobTitle);
  }

  Administrator toAdministrator() {
    return new Administrator(name, jobTitle, isBlank(email) ? null : email.strip());
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
