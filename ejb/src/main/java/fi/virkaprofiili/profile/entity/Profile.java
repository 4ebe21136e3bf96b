package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An official social media profile, from its proposal to its closure. Every change of state goes
 * through an intent method that checks the state allows it and records who did it and why.
 */
@Entity
@Cacheable
@Table(name = "PROFILE")
@EntityListeners(ProfileChangeListener.class)
@NamedQuery(
    name = Profile.BY_ACCOUNT_KEY,
    query = "select p from Profile p where p.accountKey = :key and p.state in :states")
@NamedQuery(
    name = Profile.BY_PROPOSER,
    query =
        "select p from Profile p where p.proposerId = :proposerId order by p.proposedAt desc, p.id desc")
@NamedQuery(
    name = Profile.IN_STATES,
    query = "select p from Profile p where p.state in :states order by p.name, p.id")
public class Profile {

  public static final String BY_PROPOSER = "Profile.byProposer";
  public static final String IN_STATES = "Profile.inStates";
  public static final String BY_ACCOUNT_KEY = "Profile.byAccountKey";

  public static final int NAME_MAX = 120;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false)
  private ProfileKind kind;

  @Embedded private ProfilePlan plan;

  @Embedded private Upkeep upkeep;

  @ElementCollection
  @CollectionTable(name = "PROFILE_ADMINISTRATOR", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "POSITION")
  private List<Administrator> administrators = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "PROFILE_LANGUAGE", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @Enumerated(EnumType.STRING)
  @Column(name = "LANGUAGE")
  private Set<ProfileLanguage> languages = EnumSet.noneOf(ProfileLanguage.class);

  @Column(name = "CAMPAIGN_ENDS_ON")
  private LocalDate campaignEndsOn;

  @Column(name = "EXPERT_ID")
  private String expertId;

  @Column(name = "ACCOUNT_URL", length = URL_MAX)
  private String accountUrl;

  /** The account's address in the one form the registry compares (R9); see AccountAddress. */
  @Column(name = "ACCOUNT_KEY", length = 2048)
  private String accountKey;

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

  @Embedded private AccessRegistration access;

  @Column(name = "LAST_REVIEWED_AT")
  private Instant lastReviewedAt;

  @Embedded private Closure closure;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("occurredAt, id")
  private List<ProfileEvent> events = new ArrayList<>();

  protected Profile() {}

  /**
   * A new proposal, waiting for the decision of its unit's manager. It answers every question the
   * policy asks of a proposal, or it is not made.
   */
  public Profile(
      Proposed proposed,
      OrganisationUnit unit,
      String proposerId,
      Instant proposedAt,
      LocalDate proposedOn) {
    this.proposerId = Texts.required(proposerId, "proposerId");
    this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
    state(proposed, unit, proposedOn);
    this.state = ProfileState.IN_DECISION;
    record(proposedAt, proposerId, ProfileEventType.PROPOSED, null);
  }

  /**
   * A profile that was in use before the product knew it (R13), such as one imported from a file.
   * It meets every rule a proposal meets and names its account, and it is listed as it stands;
   * {@code ownerId} answers its reviews as a proposer would.
   */
  public static Profile existing(
      Proposed proposed,
      OrganisationUnit unit,
      String ownerId,
      Instant listedAt,
      LocalDate listedOn) {
    Profile profile = new Profile();
    profile.proposerId = Texts.required(ownerId, "ownerId");
    profile.proposedAt = Objects.requireNonNull(listedAt, "listedAt");
    profile.state(proposed, unit, listedOn);
    if (profile.accountUrl == null) {
      throw new IllegalArgumentException("An existing profile names its account");
    }
    profile.state = ProfileState.LISTED;
    profile.listedAt = listedAt;
    return profile;
  }

  /**
   * Takes what the proposer states, if it meets the policy; otherwise changes nothing. {@code
   * proposedOn} is the organisation's day of the proposal.
   */
  private void state(Proposed proposed, OrganisationUnit owningUnit, LocalDate proposedOn) {
    Profile candidate = new Profile();
    candidate.name = Texts.required(proposed.name(), "name");
    candidate.kind = Objects.requireNonNull(proposed.kind(), "kind");
    candidate.channel = Objects.requireNonNull(proposed.channel(), "channel");
    candidate.unit = Objects.requireNonNull(owningUnit, "unit");
    candidate.plan = Objects.requireNonNull(proposed.plan(), "plan");
    candidate.upkeep = Objects.requireNonNull(proposed.upkeep(), "upkeep");
    candidate.administrators = new ArrayList<>(proposed.administrators());
    candidate.languages =
        proposed.languages().isEmpty()
            ? EnumSet.noneOf(ProfileLanguage.class)
            : EnumSet.copyOf(proposed.languages());
    candidate.campaignEndsOn = proposed.campaignEndsOn();
    candidate.expertId =
        candidate.kind == ProfileKind.EXPERT ? Texts.optional(proposed.expertId()) : null;
    List<String> missing = candidate.missingRules(proposedOn);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "The proposal does not meet " + String.join(", ", missing));
    }
    name = candidate.name;
    kind = candidate.kind;
    channel = candidate.channel;
    unit = candidate.unit;
    plan = candidate.plan;
    upkeep = candidate.upkeep;
    administrators.clear();
    administrators.addAll(candidate.administrators);
    languages.clear();
    languages.addAll(candidate.languages);
    campaignEndsOn = candidate.campaignEndsOn;
    expertId = candidate.expertId;
    accountUrl = Texts.optional(proposed.accountUrl());
  }

  /** The named employee accepts the expert profile that will speak in their name (R5). */
  public void consent(String employeeId, Instant at) {
    requireExpert(employeeId);
    record(at, employeeId, ProfileEventType.CONSENTED, null);
  }

  /** The named employee declines; the proposal ends and its proposer sees why in the history. */
  public void declineConsent(String employeeId, String reason, Instant at) {
    requireExpert(employeeId);
    state = ProfileState.REJECTED;
    record(at, employeeId, ProfileEventType.CONSENT_DECLINED, Texts.optional(reason));
  }

  private void requireExpert(String employeeId) {
    requireState(ProfileState.IN_DECISION);
    if (kind != ProfileKind.EXPERT || !employeeId.equals(expertId)) {
      throw new IllegalArgumentException(
          "Only the employee an expert profile names gives or declines consent");
    }
  }

  /** Communications agrees to an approved profile (R4). */
  public void agree(String communicationsId, Instant at) {
    requireState(ProfileState.APPROVED);
    record(at, communicationsId, ProfileEventType.AGREED, null);
  }

  /**
   * The manager deciding it, or communications before agreeing, sends the proposal back to its
   * proposer, saying what to change.
   */
  public void returnForRevision(String actorId, String whatToChange, Instant at) {
    if (state != ProfileState.IN_DECISION && state != ProfileState.APPROVED) {
      throw new IllegalStateException("Profile " + id + " is " + state + " and cannot be returned");
    }
    String what = Texts.required(whatToChange, "whatToChange");
    state = ProfileState.PROPOSED;
    record(at, actorId, ProfileEventType.RETURNED, what);
  }

  /** The proposer resubmits a returned proposal; it goes to be decided again. */
  public void revise(
      Proposed revised,
      OrganisationUnit owningUnit,
      String proposerId,
      Instant at,
      LocalDate proposedOn) {
    if (!isProposedBy(proposerId)) {
      throw new IllegalArgumentException("Only the proposer revises a proposal");
    }
    requireState(ProfileState.PROPOSED);
    state(revised, owningUnit, proposedOn);
    state = ProfileState.IN_DECISION;
    record(at, proposerId, ProfileEventType.REVISED, null);
  }

  /** What the manager last asked to change, if the proposal was returned. */
  public String getRevisionRequest() {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).getType() == ProfileEventType.RETURNED) {
        return events.get(i).getReason();
      }
    }
    return null;
  }

  /** What a proposer states about the profile they propose. */
  public record Proposed(
      String name,
      ProfileKind kind,
      Channel channel,
      ProfilePlan plan,
      Upkeep upkeep,
      List<Administrator> administrators,
      Set<ProfileLanguage> languages,
      LocalDate campaignEndsOn,
      String accountUrl,
      String expertId) {}

  /**
   * The policy rules this profile does not meet, by their ids in the policy (R1, R2, ...): empty
   * for every proposal the portal accepts. The process checks again, since the engine can be
   * reached without the portal. {@code proposedOn} is the organisation's day of the proposal, which
   * a campaign must end after.
   */
  public List<String> missingRules(LocalDate proposedOn) {
    List<String> missing = new ArrayList<>();
    if (plan == null || !plan.isComplete()) {
      missing.add("R1");
    }
    if (upkeep == null || !upkeep.isComplete()) {
      missing.add("R2");
    }
    if (kind == null || administrators.size() < kind.minimumAdministrators()) {
      missing.add("R3");
    }
    if (kind != null
        && kind.hasPlannedEnd()
        && (campaignEndsOn == null
            || (proposedOn != null && !campaignEndsOn.isAfter(proposedOn)))) {
      missing.add("R11");
    }
    if (kind == ProfileKind.EXPERT && !Texts.present(expertId)) {
      missing.add("R5");
    }
    if (languages.isEmpty()) {
      missing.add("R14");
    }
    return missing;
  }

  public void attachProcess(String processInstanceId) {
    if (this.processInstanceId != null) {
      throw new IllegalStateException("Profile " + id + " already has a process");
    }
    this.processInstanceId = Texts.required(processInstanceId, "processInstanceId");
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
    String why = Texts.required(reason, "reason");
    state = ProfileState.REJECTED;
    record(at, managerId, ProfileEventType.REJECTED, why);
  }

  /** The proposer takes the proposal back before it is decided. */
  public void withdraw(String proposerId, Instant at) {
    if (!isProposedBy(proposerId)) {
      throw new IllegalArgumentException("Only the proposer withdraws a proposal");
    }
    if (!isWithdrawable()) {
      throw new IllegalStateException(
          "Profile " + id + " is " + state + " and can no longer be withdrawn");
    }
    state = ProfileState.WITHDRAWN;
    record(at, proposerId, ProfileEventType.WITHDRAWN, null);
  }

  /** Until it is decided, including while it is back with the proposer for revision. */
  public boolean isWithdrawable() {
    return state == ProfileState.IN_DECISION || state == ProfileState.PROPOSED;
  }

  /** The process refuses a proposal that does not meet the policy, before anyone decides it. */
  public void refuseAsIncomplete(List<String> missingRules, Instant at) {
    requireState(ProfileState.IN_DECISION);
    state = ProfileState.REJECTED;
    record(
        at,
        ProfileEvent.SYSTEM,
        ProfileEventType.REJECTED,
        "Incomplete: " + String.join(", ", missingRules));
  }

  /** The profile enters the public registry, where citizens can verify it (R9). */
  public void list(Instant at) {
    requireState(ProfileState.APPROVED);
    state = ProfileState.LISTED;
    listedAt = at;
    record(at, ProfileEvent.SYSTEM, ProfileEventType.LISTED, null);
  }

  /** Something the system did for this profile, such as a reminder sent, joins its history. */
  public void note(ProfileEventType type, String actorId, String detail, Instant at) {
    record(at, actorId, type, Texts.optional(detail));
  }

  /** IT records who holds access to the new account and how (R8). */
  public void registerAccess(String holders, String itUserId, Instant at) {
    requireState(ProfileState.APPROVED);
    access = new AccessRegistration(holders, itUserId, at);
    record(at, itUserId, ProfileEventType.ACCESS_REGISTERED, access.getHolders());
  }

  /** The proposer has created the account and records where it is. */
  public void recordAccountAddress(String url, String proposerId, Instant at) {
    requireState(ProfileState.APPROVED);
    accountUrl = Texts.required(url, "url");
    record(at, proposerId, ProfileEventType.ACCOUNT_RECORDED, accountUrl);
  }

  /** A periodic review answered: what was found and what happens next (R6, R10, R13). */
  public void review(String reviewerId, String findings, Instant at) {
    requireInUse();
    lastReviewedAt = at;
    record(at, reviewerId, ProfileEventType.REVIEWED, Texts.optional(findings));
  }

  /** The administrators change; an organisation or campaign profile still has several (R3). */
  public void changeAdministrators(
      List<Administrator> newAdministrators, String actorId, Instant at) {
    requireInUse();
    if (newAdministrators.size() < kind.minimumAdministrators()) {
      throw new IllegalArgumentException(
          "A "
              + kind
              + " profile has at least "
              + kind.minimumAdministrators()
              + " administrators");
    }
    administrators.clear();
    administrators.addAll(newAdministrators);
    record(
        at,
        actorId,
        ProfileEventType.ADMINISTRATORS_CHANGED,
        String.join(", ", newAdministrators.stream().map(Administrator::getName).toList()));
  }

  /** The manager of the owning unit asks for the profile to be closed. */
  public void requestClosure(String managerId, String reason, Instant at) {
    requireInUse();
    record(at, managerId, ProfileEventType.CLOSURE_REQUESTED, Texts.optional(reason));
  }

  /** The manager keeps the profile; a campaign's active period then gets a new end (R11). */
  public void keep(
      String managerId, String reason, LocalDate newCampaignEnd, LocalDate today, Instant at) {
    requireInUse();
    if (kind.hasPlannedEnd()) {
      if (newCampaignEnd == null || !newCampaignEnd.isAfter(today)) {
        throw new IllegalArgumentException(
            "A kept campaign needs a new end of its active period in the future");
      }
      campaignEndsOn = newCampaignEnd;
    }
    record(at, managerId, ProfileEventType.KEPT, Texts.optional(reason));
  }

  /** The manager decides to close the profile, announcing when and where its users go (R12). */
  public void decideClosure(Closure decided) {
    requireInUse();
    closure = Objects.requireNonNull(decided, "closure");
    record(
        decided.getDecidedAt(),
        decided.getDecidedBy(),
        ProfileEventType.CLOSURE_DECIDED,
        decided.getReason());
  }

  /** The registry now shows "closing on DATE, follow us at ..." (R12). */
  public void announceClosure(Instant at) {
    requireDecidedClosure();
    if (state == ProfileState.CLOSING) {
      return;
    }
    requireState(ProfileState.LISTED);
    state = ProfileState.CLOSING;
    record(
        at,
        ProfileEvent.SYSTEM,
        ProfileEventType.CLOSURE_ANNOUNCED,
        closure.getClosingOn().toString());
  }

  /**
   * One of the closing steps done by a person: the notice posted, the account closed, access
   * revoked.
   */
  public void closingStepDone(ProfileEventType step, String actorId, String detail, Instant at) {
    requireDecidedClosure();
    if (step != ProfileEventType.CLOSURE_NOTICE_POSTED
        && step != ProfileEventType.ACCOUNT_CLOSED
        && step != ProfileEventType.ACCESS_REVOKED) {
      throw new IllegalArgumentException(step + " is not a closing step");
    }
    record(at, actorId, step, Texts.optional(detail));
  }

  /** The profile is closed; its listing stays in the registry with the redirection (R12). */
  public void markClosed(Instant at) {
    requireDecidedClosure();
    if (state == ProfileState.CLOSED) {
      return;
    }
    state = ProfileState.CLOSED;
    closedAt = at;
    record(at, ProfileEvent.SYSTEM, ProfileEventType.CLOSED, null);
  }

  /** Listed and not yet on its way to closure. */
  public boolean isInUse() {
    return state == ProfileState.LISTED && closure == null;
  }

  private void requireInUse() {
    if (!isInUse()) {
      throw new IllegalStateException(
          "Profile "
              + id
              + " is "
              + state
              + (closure != null ? " and closing" : "")
              + ", not in use");
    }
  }

  private void requireDecidedClosure() {
    if (closure == null) {
      throw new IllegalStateException("Profile " + id + " has no closure decided");
    }
  }

  private void record(Instant at, String actorId, ProfileEventType type, String reason) {
    events.add(new ProfileEvent(this, at, actorId, type, reason));
  }

  private void requireState(ProfileState expected) {
    if (state != expected) {
      throw new IllegalStateException("Profile " + id + " is " + state + ", not " + expected);
    }
  }

  /** The registry's key for the account at {@link #getAccountUrl()}, computed from it. */
  public void identifyAccount(String key) {
    accountKey = key;
  }

  public String getAccountKey() {
    return accountKey;
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
    return plan.getPurpose();
  }

  public ProfileKind getKind() {
    return kind;
  }

  public ProfilePlan getPlan() {
    return plan;
  }

  public Upkeep getUpkeep() {
    return upkeep;
  }

  public List<Administrator> getAdministrators() {
    return Collections.unmodifiableList(administrators);
  }

  public Set<ProfileLanguage> getLanguages() {
    return Collections.unmodifiableSet(languages);
  }

  /** The languages always in the same order, as listings show them; the stored set has none. */
  public List<ProfileLanguage> getLanguagesInOrder() {
    return languages.stream().sorted().toList();
  }

  public LocalDate getCampaignEndsOn() {
    return campaignEndsOn;
  }

  public String getExpertId() {
    return expertId;
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

  public AccessRegistration getAccess() {
    return access;
  }

  public Instant getLastReviewedAt() {
    return lastReviewedAt;
  }

  public Closure getClosure() {
    return closure;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getListedAt() {
    return listedAt;
  }

  public List<ProfileEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }
}
