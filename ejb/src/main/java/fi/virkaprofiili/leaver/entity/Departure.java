package fi.virkaprofiili.leaver.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A person marked as left the organisation: by whom, when and why. Never changed afterwards. */
@Entity
@Table(name = "PERSON_LEFT")
@NamedQuery(name = Departure.LATEST, query = "select d from Departure d order by d.leftAt desc")
public class Departure {

  /** Every departure, the latest first. */
  public static final String LATEST = "Departure.latest";

  public static final int REASON_MAX = 2000;

  @Id
  @Column(name = "USER_ID")
  private String userId;

  @Column(name = "FULL_NAME")
  private String fullName;

  @Column(name = "LEFT_AT", nullable = false)
  private Instant leftAt;

  @Column(name = "MARKED_BY", nullable = false)
  private String markedBy;

  @Column(name = "REASON", nullable = false, length = REASON_MAX)
  private String reason;

  protected Departure() {}

  public Departure(Person person, String markedBy, String reason, Instant leftAt) {
    this.userId = person.userId();
    this.fullName = person.fullName();
    this.markedBy = Objects.requireNonNull(markedBy, "markedBy");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A departure says why");
    }
    this.reason = reason.strip();
    this.leftAt = Objects.requireNonNull(leftAt, "leftAt");
  }

  public String getUserId() {
    return userId;
  }

  public String getFullName() {
    return fullName;
  }

  public Instant getLeftAt() {
    return leftAt;
  }

  public String getMarkedBy() {
    return markedBy;
  }

  public String getReason() {
    return reason;
  }
}
