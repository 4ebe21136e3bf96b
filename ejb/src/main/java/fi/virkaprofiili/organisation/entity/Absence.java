package fi.virkaprofiili.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period a unit's manager is away, and their deputy (issue 12, item 5). From its first day to its
 * last the deputy decides for the unit: the manager's open tasks move to them when it starts and
 * back when it ends, each by a timer of the {@code manager-away} process.
 */
@Entity
@Table(name = "MANAGER_ABSENCE")
public class Absence {

  public static final int REASON_MAX = 2000;

  /** Where the absence is. */
  public enum State {
    /** Recorded; its first day has not come. */
    PLANNED,
    /** The deputy decides for the unit. */
    ONGOING,
    /** The manager is back. */
    ENDED,
    /** Called off before its first day. */
    CANCELLED
  }

  @Id
  @SequenceGenerator(name = "absenceIds", sequenceName = "MANAGER_ABSENCE_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absenceIds")
  @Column(name = "ID")
  private Long id;

  @Column(name = "UNIT_CODE", nullable = false)
  private String unitCode;

  @Column(name = "MANAGER_ID", nullable = false)
  private String managerId;

  @Column(name = "DEPUTY_ID", nullable = false)
  private String deputyId;

  @Column(name = "FIRST_DAY", nullable = false)
  private LocalDate firstDay;

  @Column(name = "LAST_DAY", nullable = false)
  private LocalDate lastDay;

  @Column(name = "REASON", nullable = false)
  private String reason;

  @Column(name = "RECORDED_BY", nullable = false)
  private String recordedBy;

  @Column(name = "RECORDED_AT", nullable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false)
  private State state;

  @Column(name = "PROCESS_INSTANCE_ID")
  private String processInstanceId;

  protected Absence() {}

  /**
   * A manager's absence from {@code firstDay} to {@code lastDay}, both included, with the deputy
   * who decides meanwhile.
   *
   * @throws IllegalArgumentException when the deputy is the manager, the last day is before the
   *     first, or the absence ended before {@code today}
   */
  public Absence(
      String unitCode,
      String managerId,
      String deputyId,
      LocalDate firstDay,
      LocalDate lastDay,
      String reason,
      String recordedBy,
      Instant recordedAt,
      LocalDate today) {
    this.unitCode = Objects.requireNonNull(unitCode);
    this.managerId = Objects.requireNonNull(managerId);
    this.deputyId = Objects.requireNonNull(deputyId);
    if (deputyId.equals(managerId)) {
      throw new IllegalArgumentException("A manager is not their own deputy");
    }
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("The last day is before the first");
    }
    if (lastDay.isBefore(today)) {
      throw new IllegalArgumentException("The absence is over already");
    }
    if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
      throw new IllegalArgumentException("An absence says why, in at most " + REASON_MAX);
    }
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.reason = reason.strip();
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
    this.state = State.PLANNED;
  }

  /** Whether the two periods share a day. */
  public boolean overlaps(LocalDate otherFirst, LocalDate otherLast) {
    return !otherLast.isBefore(firstDay) && !otherFirst.isAfter(lastDay);
  }

  /** Its first day has come; false when it had started already (a timer's job run again). */
  public boolean start() {
    if (state != State.PLANNED) {
      return false;
    }
    state = State.ONGOING;
    return true;
  }

  /** Its last day is over; false when it had ended already. */
  public boolean end() {
    if (!isPlannedOrOngoing()) {
      return false;
    }
    state = State.ENDED;
    return true;
  }

  /**
   * Called off by the manager or an administrator: a planned absence is cancelled, an ongoing one
   * ends now.
   *
   * @return whether it was ongoing, so that the deputy's decisions go back to the manager
   * @throws IllegalStateException when it is over already
   */
  public boolean callOff() {
    if (!isPlannedOrOngoing()) {
      throw new IllegalStateException("Absence " + id + " is " + state);
    }
    boolean ongoing = state == State.ONGOING;
    state = ongoing ? State.ENDED : State.CANCELLED;
    return ongoing;
  }

  /** Whether it is still to come or under way. */
  public boolean isPlannedOrOngoing() {
    return state == State.PLANNED || state == State.ONGOING;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getManagerId() {
    return managerId;
  }

  public String getDeputyId() {
    return deputyId;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public String getReason() {
    return reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public State getState() {
    return state;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
