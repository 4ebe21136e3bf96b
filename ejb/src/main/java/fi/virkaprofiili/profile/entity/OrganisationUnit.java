package fi.virkaprofiili.profile.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit of the organisation that owns profiles. Its manager decides for it (R4). Units form a
 * hierarchy without loops; every change to a unit is kept in its history with who made it, when and
 * why.
 */
@Entity
@Table(name = "ORGANISATION_UNIT")
public class OrganisationUnit {

  public static final int CODE_MAX = 40;

  /** What a new unit's code may be: it appears in addresses and files, so plain and short. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public static final int REASON_MAX = 2000;

  @Id
  @Column(name = "CODE")
  private String code;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(name = "NAME_FI", nullable = false)
  private String nameFi;

  @Column(name = "NAME_SV", nullable = false)
  private String nameSv;

  @Column(name = "NAME_EN", nullable = false)
  private String nameEn;

  @Column(name = "MANAGER_ID", nullable = false)
  private String managerId;

  /** The manager's deputy while the manager is away (issue 12, item 5); null otherwise. */
  @Column(name = "DEPUTY_ID")
  private String deputyId;

  @ManyToOne
  @JoinColumn(name = "PARENT_CODE")
  private OrganisationUnit parent;

  @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
  @OrderBy("occurredAt, id")
  private List<UnitEvent> events = new ArrayList<>();

  protected OrganisationUnit() {}

  public OrganisationUnit(
      String code, String nameFi, String nameSv, String nameEn, String managerId) {
    this.code = Objects.requireNonNull(code);
    this.nameFi = Objects.requireNonNull(nameFi);
    this.nameSv = Objects.requireNonNull(nameSv);
    this.nameEn = Objects.requireNonNull(nameEn);
    this.managerId = Objects.requireNonNull(managerId);
  }

  /** A new unit, under {@code parent} (none: at the top); its history starts with who and why. */
  public static OrganisationUnit create(
      String code,
      UnitNames names,
      OrganisationUnit parent,
      String managerId,
      String actorId,
      String why,
      Instant at) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("A unit's code is lower-case letters, digits and '-'");
    }
    OrganisationUnit unit =
        new OrganisationUnit(
            code, names.fi(), names.sv(), names.en(), Texts.required(managerId, "manager"));
    String reason = reason(why);
    unit.parent = parent;
    unit.record(at, actorId, UnitEventType.CREATED, names.asDetail(), reason);
    if (parent != null) {
      unit.record(at, actorId, UnitEventType.PARENT_CHANGED, parent.code, reason);
    }
    unit.record(at, actorId, UnitEventType.MANAGER_CHANGED, unit.managerId, reason);
    return unit;
  }

  /** New names; false (and nothing recorded) when they are the names it has. */
  public boolean rename(UnitNames names, String actorId, String why, Instant at) {
    if (names.equals(getNames())) {
      return false;
    }
    String reason = reason(why);
    nameFi = names.fi();
    nameSv = names.sv();
    nameEn = names.en();
    record(at, actorId, UnitEventType.RENAMED, names.asDetail(), reason);
    return true;
  }

  /**
   * Places the unit under {@code newParent}, or at the top when null; false when it is there
   * already.
   *
   * @throws UnitCycle when {@code newParent} is this unit or beneath it
   */
  public boolean placeUnder(OrganisationUnit newParent, String actorId, String why, Instant at) {
    if (Objects.equals(parentCode(), newParent == null ? null : newParent.code)) {
      return false;
    }
    for (OrganisationUnit above = newParent; above != null; above = above.parent) {
      if (above.code.equals(code)) {
        throw new UnitCycle(code, newParent.code);
      }
    }
    String reason = reason(why);
    parent = newParent;
    record(at, actorId, UnitEventType.PARENT_CHANGED, parentCode(), reason);
    return true;
  }

  /** A new manager, who decides for the unit from now on (R4); false when it is the same one. */
  public boolean appoint(String newManagerId, String actorId, String why, Instant at) {
    String manager = Texts.singleLine(Texts.required(newManagerId, "manager"), "manager");
    if (manager.equals(managerId)) {
      return false;
    }
    String reason = reason(why);
    managerId = manager;
    record(at, actorId, UnitEventType.MANAGER_CHANGED, manager, reason);
    return true;
  }

  /**
   * Profiles moved from this unit to {@code to} in a reorganisation: both units' histories name the
   * other unit and the profiles.
   */
  public void movedProfiles(
      OrganisationUnit to, List<String> profileNames, String actorId, String why, Instant at) {
    String reason = reason(why);
    String names = String.join(", ", profileNames);
    record(at, actorId, UnitEventType.PROFILES_MOVED_OUT, cut(to.code + ": " + names), reason);
    to.record(at, actorId, UnitEventType.PROFILES_MOVED_IN, cut(code + ": " + names), reason);
  }

  public boolean isManagedBy(String userId) {
    return managerId.equals(userId);
  }

  /**
   * The manager is away: until {@link #deputyEnds}, the unit's decisions, closure decisions and
   * overdue reviews are the deputy's (R4).
   */
  public void deputise(String newDeputyId, String actorId, String why, Instant at) {
    String deputy = Texts.singleLine(Texts.required(newDeputyId, "deputy"), "deputy");
    if (deputy.equals(managerId)) {
      throw new IllegalArgumentException("A manager is not their own deputy");
    }
    String reason = reason(why);
    deputyId = deputy;
    record(at, actorId, UnitEventType.DEPUTY_STARTED, deputy, reason);
  }

  /** The manager is back: the unit's decisions are theirs again; false when nobody deputised. */
  public boolean deputyEnds(String actorId, String why, Instant at) {
    if (deputyId == null) {
      return false;
    }
    String reason = reason(why);
    record(at, actorId, UnitEventType.DEPUTY_ENDED, deputyId, reason);
    deputyId = null;
    return true;
  }

  /**
   * Whether this person decides for the unit now: its manager, or their deputy while the manager is
   * away. Which of them a given task is for is the task's assignee ({@link #deciderFor}).
   */
  public boolean isDecidedBy(String userId) {
    return managerId.equals(userId) || (deputyId != null && deputyId.equals(userId));
  }

  /**
   * Who decides a profile of the unit proposed by {@code proposerId}: the deputy while the manager
   * is away, except on the deputy's own proposal, which stays with the manager (nobody decides
   * their own proposal, R4); the manager otherwise.
   */
  public String deciderFor(String proposerId) {
    return deputyId != null && !deputyId.equals(proposerId) ? deputyId : managerId;
  }

  /** The deputy while the manager is away, or null. */
  public String getDeputyId() {
    return deputyId;
  }

  public String name(Locale locale) {
    return switch (locale.getLanguage()) {
      case "sv" -> nameSv;
      case "en" -> nameEn;
      default -> nameFi;
    };
  }

  public UnitNames getNames() {
    return new UnitNames(nameFi, nameSv, nameEn);
  }

  public String getCode() {
    return code;
  }

  public String getManagerId() {
    return managerId;
  }

  public OrganisationUnit getParent() {
    return parent;
  }

  /** The parent's code, or null at the top. */
  public String parentCode() {
    return parent == null ? null : parent.code;
  }

  /** How many units are above this one: 0 at the top. */
  public int depth() {
    int depth = 0;
    for (OrganisationUnit above = parent; above != null; above = above.parent) {
      depth++;
    }
    return depth;
  }

  /** The unit's history, oldest first. */
  public List<UnitEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }

  private void record(
      Instant at, String actorId, UnitEventType type, String detail, String reason) {
    events.add(new UnitEvent(this, at, actorId, type, detail, reason));
  }

  /** Every change says why (issue 12): the reason is required, one text of limited length. */
  private static String reason(String why) {
    String reason = Texts.required(why, "why");
    if (reason.length() > REASON_MAX) {
      throw new IllegalArgumentException("why is longer than " + REASON_MAX);
    }
    return reason;
  }

  private static String cut(String detail) {
    return detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
  }
}
