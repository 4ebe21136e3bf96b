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

/** One line of a profile's history: who did what, when and why. Never changed once written. */
@Entity
@Table(name = "PROFILE_EVENT")
public class ProfileEvent {

  /** The actor recorded for what the system does by itself. */
  public static final String SYSTEM = "system";

  /**
   * The detail of a {@link ProfileEventType#LISTED} event for a profile that was listed before its
   * lifecycle was kept here. Details are values, not text: the timeline words them per language.
   */
  public static final String ADOPTED = "adopted";

  @Id
  @SequenceGenerator(
      name = "profileEventIds",
      sequenceName = "PROFILE_EVENT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profileEventIds")
  @Column(name = "ID")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "PROFILE_ID")
  private Profile profile;

  @Column(name = "OCCURRED_AT", nullable = false)
  private Instant occurredAt;

  @Column(name = "ACTOR_ID", nullable = false)
  private String actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "EVENT_TYPE", nullable = false)
  private ProfileEventType type;

  @Column(name = "REASON")
  private String reason;

  /** Values the timeline words in the reader's language, such as the units of a move. */
  @Column(name = "DETAIL")
  private String detail;

  protected ProfileEvent() {}

  ProfileEvent(
      Profile profile, Instant occurredAt, String actorId, ProfileEventType type, String reason) {
    this.profile = profile;
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.type = type;
    this.reason = reason;
  }

  ProfileEvent(
      Profile profile,
      Instant occurredAt,
      String actorId,
      ProfileEventType type,
      String detail,
      String reason) {
    this(profile, occurredAt, actorId, type, reason);
    this.detail = detail;
  }

  /**
   * The one change a line of history ever takes: a person who left gives way to a pseudonym, as the
   * actor and in what the line says. Returns whether the line named them.
   */
  boolean pseudonymise(FormerPerson person, String pseudonym) {
    boolean named = false;
    if (person.actedAs(actorId)) {
      actorId = pseudonym;
      named = true;
    }
    if (person.isNamedIn(reason)) {
      reason = person.replaceIn(reason, pseudonym);
      named = true;
    }
    // a step's detail holds values such as the user id of a unit's new manager
    String withoutThem = person.replaceIdentifiersIn(detail, pseudonym);
    if (withoutThem != null && !withoutThem.equals(detail)) {
      detail = withoutThem;
      named = true;
    }
    return named;
  }

  public Profile getProfile() {
    return profile;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActorId() {
    return actorId;
  }

  public ProfileEventType getType() {
    return type;
  }

  public String getReason() {
    return reason;
  }

  /** The values of the event, or null: most events keep theirs in the reason, as before. */
  public String getDetail() {
    return detail;
  }
}
