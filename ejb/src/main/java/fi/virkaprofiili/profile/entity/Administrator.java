package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A named person who runs the profile, with their job title (R2, R3, R7). */
@Embeddable
public class Administrator {

  public static final int NAME_MAX = 120;

  @Column(name = "NAME", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "JOB_TITLE", nullable = false, length = NAME_MAX)
  private String jobTitle;

  protected Administrator() {}

  public Administrator(String name, String jobTitle) {
    if (name == null || name.isBlank() || jobTitle == null || jobTitle.isBlank()) {
      throw new IllegalArgumentException("An administrator has a name and a job title");
    }
    this.name = name.strip();
    this.jobTitle = jobTitle.strip();
  }

  public String getName() {
    return name;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Administrator that && name.equals(that.name) && jobTitle.equals(that.jobTitle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, jobTitle);
  }
}
