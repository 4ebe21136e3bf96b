package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.organisation.entity.OrganisationUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An official social media profile, from its proposal to its closure. Every change of state goes
 * through an intent method that checks the state allows it and records who did it and why.
 */
@Entity
@Table(name = "PROFILE")
@NamedQuery(
    name = Profile.BY_PROPOSER,
    query = "select p from Profile p where p.proposerId = :proposerId order by p.proposedAt desc, p.id desc")
@NamedQuery(
    name = Profile.IN_STATES,
    query = "select p from Profile p where p.state in :states order by p.name, p.id")
public class Profile {

  public static final String BY_PROPOSER = "Profile.byProposer";
  public static final String IN_STATES = "Profile.inStates";

  public static final int NAME_MAX = 120;
  public static final int PURPOSE_MAX = 2000;
  public static final int URL_MAX = 500;
  public static final int REASON_MAX = 2000;

  @Id
  @SequenceGenerator(name = "profileIds", sequenceName = "PROFILE_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profileIds")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(name = "NAME", nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "CHANNEL", nullable = false)
  private Channel channel;

  @ManyToOne(optional = false)
  @JoinColumn(name = "UNIT_CODE")
  private OrganisationUnit unit;

  @Column(name = "PURPOSE", nullable = false, length = PURPOSE_MAX)
  private String purpose;

  @Column(name = "ACCOUNT_URL", length = URL_MAX)
  private String accountUrl;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false)
  private ProfileState state;

  @Column(name = "PROPOSER_ID", nullable = false)
  private String proposerId;

  @Column(name = "PROCESS_INSTANCE_ID")
  private String processInstanceId;

  @Column(name = "PROPOSED_AT", nullable = false)
  private Instant proposedAt;

  @Column(name = "LISTED_AT")
  private Instant listedAt;

  @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("occurredAt, id")
  private List<ProfileEvent> events = new ArrayList<>();

  protected Profile() {}

  /** A new proposal, waiting for the decision of its unit's manager. */
  public Profile(
      String name,
      Channel channel,
      OrganisationUnit unit,
      String purpose,
      String accountUrl,
      String proposerId,
      Instant proposedAt) {
    this.name = requireText(name, "name");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.purpose = requireText(purpose, "purpose");
    this.accountUrl = accountUrl == null || accountUrl.isBlank() ? null : accountUrl.strip();
    this.proposerId = requireText(proposerId, "proposerId");
    this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
    this.state = ProfileState.IN_DECISION;
    record(proposedAt, proposerId, ProfileEventType.PROPOSED, null);
  }

  public void attachProcess(String processInstanceId) {
    if (this.processInstanceId != null) {
      throw new IllegalStateException("Profile " + id + " already has a process");
    }
    this.processInstanceId = requireText(processInstanceId, "processInstanceId");
  }

  public boolean isProposedBy(String userId) {
    return proposerId.equals(userId);
  }

  public void approve(String managerId, Instant at) {
    requireState(ProfileState.IN_DECISION);
    state = ProfileState.APPROVED;
    record(at, managerId, ProfileEventType.APPROVED, null);
  }

  public void reject(String managerId, String reason, Instant at) {
    requireState(ProfileState.IN_DECISION);
    String why = requireText(reason, "reason");
    state = ProfileState.REJECTED;
    record(at, managerId, ProfileEventType.REJECTED, why);
  }

  /** The profile enters the public registry, where citizens can verify it (R9). */
  public void list(Instant at) {
    requireState(ProfileState.APPROVED);
    state = ProfileState.LISTED;
    listedAt = at;
    record(at, ProfileEvent.SYSTEM, ProfileEventType.LISTED, null);
  }

  private void record(Instant at, String actorId, ProfileEventType type, String reason) {
    events.add(new ProfileEvent(this, at, actorId, type, reason));
  }

  private void requireState(ProfileState expected) {
    if (state != expected) {
      throw new IllegalStateException("Profile " + id + " is " + state + ", not " + expected);
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Channel getChannel() {
    return channel;
  }

  public OrganisationUnit getUnit() {
    return unit;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getAccountUrl() {
    return accountUrl;
  }

  public ProfileState getState() {
    return state;
  }

  public String getProposerId() {
    return proposerId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Instant getListedAt() {
    return listedAt;
  }

  public List<ProfileEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }
}
