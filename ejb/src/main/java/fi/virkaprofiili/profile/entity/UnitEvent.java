package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a unit's history: who changed what, when and why. Never changed once written. */
@Entity
@Table(name = "UNIT_EVENT")
public class UnitEvent {

  @Id
  @SequenceGenerator(name = "unitEventIds", sequenceName = "UNIT_EVENT_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unitEventIds")
  @Column(name = "ID")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "UNIT_CODE")
  private OrganisationUnit unit;

  @Column(name = "OCCURRED_AT", nullable = false)
  private Instant occurredAt;

  @Column(name = "ACTOR_ID", nullable = false)
  private String actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "EVENT_TYPE", nullable = false)
  private UnitEventType type;

  @Column(name = "DETAIL")
  private String detail;

  @Column(name = "REASON", nullable = false)
  private String reason;

  protected UnitEvent() {}

  UnitEvent(
      OrganisationUnit unit,
      Instant occurredAt,
      String actorId,
      UnitEventType type,
      String detail,
      String reason) {
    this.unit = unit;
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.type = type;
    this.detail = detail;
    this.reason = reason;
  }

  public OrganisationUnit getUnit() {
    return unit;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActorId() {
    return actorId;
  }

  public UnitEventType getType() {
    return type;
  }

  public String getDetail() {
    return detail;
  }

  public String getReason() {
    return reason;
  }
}
