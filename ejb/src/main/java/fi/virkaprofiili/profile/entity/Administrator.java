package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A named person who runs the profile, with their job title (R2, R3, R7). */
@Embeddable
public class Administrator {

  public static final int NAME_MAX = 120;
  public static final int EMAIL_MAX = 254;

  @Column(name = "NAME", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "JOB_TITLE", nullable = false, length = NAME_MAX)
  private String jobTitle;

  /** Where notices about the profile reach them; optional. */
  @Column(name = "EMAIL", length = EMAIL_MAX)
  private String email;

  protected Administrator() {}

  public Administrator(String name, String jobTitle) {
    this(name, jobTitle, null);
  }

  public Administrator(String name, String jobTitle, String email) {
    if (name == null || name.isBlank() || jobTitle == null || jobTitle.isBlank()) {
      throw new IllegalArgumentException("An administrator has a name and a job title");
    }
    this.name = Texts.singleLine(name.strip(), "An administrator's name");
    this.jobTitle = Texts.singleLine(jobTitle.strip(), "An administrator's job title");
    this.email = Texts.singleLine(Texts.optional(email), "An administrator's e-mail address");
  }

  /** The same role under a pseudonym, with no e-mail address: a person who left. */
  Administrator renamed(String pseudonym) {
    return new Administrator(pseudonym, jobTitle, null);
  }

  public String getName() {
    return name;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public String getEmail() {
    return email;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Administrator that
        && name.equals(that.name)
        && jobTitle.equals(that.jobTitle)
        && Objects.equals(email, that.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, jobTitle, email);
  }
}
