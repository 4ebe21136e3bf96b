package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.profile.entity.account.AccountElsewhere;
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
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An official social media profile, from its proposal to its closure. Every change of state goes
 * through an intent method that checks the state allows it ({@link ProfileState#leadsTo}, the one
 * guard) and records who did it and why.
 *
 * <p>Each phase's details live with the phase: what a proposal must state in {@link ProposalRules}
 * (with {@link ProfilePlan} and {@link Upkeep}), the set-up in {@link AccessRegistration}, the
 * closure in {@link Closure}, the closing steps in {@link ProfileEventType#isClosingStep}.
 *
 * <p>Longer than 300 lines on purpose: it maps the one PROFILE table, whose columns the queries of
 * several components name as this entity's own attributes ({@code p.name}, {@code p.state}, {@code
 * p.accountKey}, {@code p.closedAt}, ...). Moving them into embedded objects would change every
 * such query; the fields, their accessors and the short intent methods stay here instead.
 */
@Entity
@Table(name = "PROFILE")
@EntityListeners(ProfileChangeListener.class)
@NamedQuery(
    name = Profile.BY_ACCOUNT_KEY,
    query = "select p from Profile p where p.accountKey = :key and p.state in :states")
@NamedQuery(
    name = Profile.HOLDING_ACCOUNT,
    query = "select p from Profile p where p.liveAccountKey = :key order by p.id")
@NamedQuery(
    name = Profile.BY_PROPOSER,
    query =
        "select p from Profile p where p.proposerId = :proposerId order by p.proposedAt desc, p.id desc")
@NamedQuery(
    name = Profile.IN_STATES,
    query = "select p from Profile p where p.state in :states order by p.name, p.id")
@NamedQuery(
    name = Profile.BY_PROCESSES,
    query = "select p from Profile p where p.processInstanceId in :processes")
@NamedQuery(
    name = Profile.PROCESSES_NAMED,
    query =
        "select p.processInstanceId from Profile p where p.processInstanceId is not null"
            + " and lower(p.name) like :name escape '\\'")
@NamedQuery(
    name = Profile.PROCESSES_NAMED_ON_CHANNEL,
    query =
        "select p.processInstanceId from Profile p where p.processInstanceId is not null"
            + " and p.channel = :channel and lower(p.name) like :name escape '\\'")
public class Profile {

  /** The profiles of the processes {@code :processes}. */
  public static final String BY_PROCESSES = "Profile.byProcesses";

  /** The processes of profiles whose name contains {@code :name}, lower case, LIKE-escaped. */
  public static final String PROCESSES_NAMED = "Profile.processesNamed";

  /** As {@link #PROCESSES_NAMED}, of the profiles on {@code :channel}. */
  public static final String PROCESSES_NAMED_ON_CHANNEL = "Profile.processesNamedOnChannel";

  public static final String BY_PROPOSER = "Profile.byProposer";
  public static final String IN_STATES = "Profile.inStates";
  public static final String BY_ACCOUNT_KEY = "Profile.byAccountKey";

  /** The profile that holds the account with the key {@code :key}, if one does. */
  public static final String HOLDING_ACCOUNT = "Profile.holdingAccount";

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

  /**
   * The account's address in the one form the registry compares (R9); see AccountAddress. Set with
   * the address, which is always an account on the profile's own service.
   */
  @Column(name = "ACCOUNT_KEY", length = 2048)
  private String accountKey;

  /**
   * {@link #accountKey} while the profile {@link ProfileState#holdsAccount holds its account}, else
   * null. Unique in the database, which keeps an account to one live profile even when two requests
   * race; both H2 and PostgreSQL allow many nulls, where a partial index would not run on H2.
   */
  @Column(name = "LIVE_ACCOUNT_KEY", length = 2048)
  private String liveAccountKey;

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
    keepLiveAccountKey();
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
    profile.keepLiveAccountKey();
    return profile;
  }

  /**
   * Takes what the proposer states, if it meets the policy; otherwise changes nothing. {@code
   * proposedOn} is the organisation's day of the proposal.
   */
  private void state(Proposed proposed, OrganisationUnit owningUnit, LocalDate proposedOn) {
    Proposed checked = ProposalRules.checked(proposed, owningUnit, proposedOn);
    AccountAddress account = accountOnService(checked.accountUrl(), checked.channel());
    name = checked.name();
    kind = checked.kind();
    channel = checked.channel();
    unit = owningUnit;
    plan = checked.plan();
    upkeep = checked.upkeep();
    administrators.clear();
    administrators.addAll(checked.administrators());
    languages.clear();
    languages.addAll(checked.languages());
    campaignEndsOn = checked.campaignEndsOn();
    expertId = checked.expertId();
    accountUrl = checked.accountUrl();
    accountKey = account == null ? null : account.key();
    keepLiveAccountKey();
  }

  /**
   * The account at {@code url}, which must be one on {@code service}; none when no address is
   * given. Every way a profile names its account comes through here.
   *
   * @throws AccountElsewhere when the address is no account on that service
   */
  private static AccountAddress accountOnService(String url, Channel service) {
    return url == null ? null : AccountAddress.onService(url, service);
  }

  /** The key the database keeps unique follows the state: a profile no longer live frees it. */
  private void keepLiveAccountKey() {
    liveAccountKey = state != null && state.holdsAccount() ? accountKey : null;
  }

  /** The named employee accepts the expert profile that will speak in their name (R5). */
  public void consent(String employeeId, Instant at) {
    requireExpert(employeeId);
    record(at, employeeId, ProfileEventType.CONSENTED, null);
  }

  /** The named employee declines; the proposal ends and its proposer sees why in the history. */
  public void declineConsent(String employeeId, String reason, Instant at) {
    requireExpert(employeeId);
    moveTo(ProfileState.REJECTED);
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
    requireMove(ProfileState.PROPOSED);
    String what = Texts.required(whatToChange, "whatToChange");
    moveTo(ProfileState.PROPOSED);
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
    requireMove(ProfileState.IN_DECISION);
    state(revised, owningUnit, proposedOn);
    moveTo(ProfileState.IN_DECISION);
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
    return ProposalRules.missing(
        new Proposed(
            name,
            kind,
            channel,
            plan,
            upkeep,
            administrators,
            languages,
            campaignEndsOn,
            accountUrl,
            expertId),
        proposedOn);
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
    approve(managerId, null, at);
  }

  /** Approved, with the manager's reason when they gave one: the history shows it as the why. */
  public void approve(String managerId, String reason, Instant at) {
    moveTo(ProfileState.APPROVED);
    record(at, managerId, ProfileEventType.APPROVED, Texts.optional(reason));
  }

  public void reject(String managerId, String reason, Instant at) {
    requireMove(ProfileState.REJECTED);
    String why = Texts.required(reason, "reason");
    moveTo(ProfileState.REJECTED);
    record(at, managerId, ProfileEventType.REJECTED, why);
  }

  /** The proposer takes the proposal back before it is decided. */
  public void withdraw(String proposerId, Instant at) {
    if (!isProposedBy(proposerId)) {
      throw new IllegalArgumentException("Only the proposer withdraws a proposal");
    }
    moveTo(ProfileState.WITHDRAWN);
    record(at, proposerId, ProfileEventType.WITHDRAWN, null);
  }

  /**
   * The proposer left before the proposal was decided. Nobody else can answer for it: the unit's
   * manager, who would take it over, is the one who decides it (R4). So it is withdrawn, and the
   * unit can propose it again. Returns whether it was.
   */
  public boolean withdrawnAsProposerLeft(String proposerId, String actorId, Instant at) {
    if (!isProposedBy(proposerId) || !isWithdrawable()) {
      return false;
    }
    moveTo(ProfileState.WITHDRAWN);
    record(at, actorId, ProfileEventType.PROPOSER_LEFT, null);
    return true;
  }

  /** Until it is decided, including while it is back with the proposer for revision. */
  public boolean isWithdrawable() {
    return state.leadsTo(ProfileState.WITHDRAWN);
  }

  /** The process refuses a proposal that does not meet the policy, before anyone decides it. */
  public void refuseAsIncomplete(List<String> missingRules, Instant at) {
    moveTo(ProfileState.REJECTED);
    // The rule ids alone: the timeline writes the sentence around them in the reader's language.
    record(at, ProfileEvent.SYSTEM, ProfileEventType.REJECTED, String.join(", ", missingRules));
  }

  /** The profile enters the public registry, where citizens can verify it (R9). */
  public void list(Instant at) {
    if (accountKey == null && accountUrl != null) {
      // Recorded before the key was set with the address; read leniently, as the registry did then.
      accountKey =
          AccountAddress.parse(accountUrl, channel)
              .filter(account -> account.channel() == channel)
              .map(AccountAddress::key)
              .orElse(null);
    }
    moveTo(ProfileState.LISTED);
    listedAt = at;
    record(at, ProfileEvent.SYSTEM, ProfileEventType.LISTED, null);
  }

  /** Something the system did for this profile, such as a reminder sent, joins its history. */
  public void note(ProfileEventType type, String actorId, String detail, Instant at) {
    record(at, actorId, type, Texts.optional(detail));
  }

  /**
   * A notice the lifecycle sends by itself (a reminder, an escalation, the closure notice) joins
   * the history whether or not it could be e-mailed: {@code emailedTo} are the addresses it went
   * to, none without a mail host.
   */
  public void noticeGiven(ProfileEventType notice, Collection<String> emailedTo, Instant at) {
    if (!notice.isNotice()) {
      throw new IllegalArgumentException(notice + " is not a notice");
    }
    record(
        at,
        ProfileEvent.SYSTEM,
        notice,
        emailedTo.isEmpty() ? null : String.join(", ", new TreeSet<>(emailedTo)));
  }

  /** IT records who holds access to the new account and how (R8). */
  public void registerAccess(String holders, String itUserId, Instant at) {
    requireState(ProfileState.APPROVED);
    access = new AccessRegistration(holders, itUserId, at);
    record(at, itUserId, ProfileEventType.ACCESS_REGISTERED, access.getHolders());
  }

  /**
   * The proposer has created the account and records where it is: an account on the profile's own
   * service, or nothing changes.
   *
   * @throws AccountElsewhere when the address is no account on the profile's service
   */
  public void recordAccountAddress(String url, String proposerId, Instant at) {
    requireState(ProfileState.APPROVED);
    String address = Texts.singleLine(Texts.required(url, "url"), "url");
    AccountAddress account = accountOnService(address, channel);
    accountUrl = address;
    accountKey = account.key();
    keepLiveAccountKey();
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
    ProposalRules.requireEnoughAdministrators(kind, newAdministrators);
    administrators.clear();
    administrators.addAll(newAdministrators);
    record(
        at,
        actorId,
        ProfileEventType.ADMINISTRATORS_CHANGED,
        String.join(", ", newAdministrators.stream().map(Administrator::getName).toList()));
  }

  /**
   * Whether the profile is still ahead of its end: proposed, decided, set up, listed or closing. A
   * person who leaves is taken off such profiles only; the history of ended ones stays as it was.
   */
  public boolean isLive() {
    return state != ProfileState.CLOSED
        && state != ProfileState.REJECTED
        && state != ProfileState.WITHDRAWN;
  }

  /**
   * A person who left the organisation is taken off the administrators, in any live state and even
   * below the minimum of R3: the manager is then asked to name another ({@link
   * #isBelowMinimumAdministrators}). Returns whether any administrator was the person.
   */
  public boolean administratorLeft(
      Predicate<Administrator> isThePerson, String personName, String actorId, Instant at) {
    if (!isLive()) {
      return false;
    }
    boolean removed = administrators.removeIf(isThePerson);
    if (removed) {
      record(at, actorId, ProfileEventType.ADMINISTRATOR_LEFT, Texts.optional(personName));
    }
    return removed;
  }

  /**
   * The owner (its proposer) left: an approved, listed or closing profile passes to {@code
   * newOwnerId}, who answers its reviews and closing steps from now on. A proposal not yet decided
   * keeps its proposer, since the manager who takes profiles over also decides proposals, and never
   * their own. Returns whether the owner changed.
   */
  public boolean ownerLeft(String newOwnerId, String actorId, Instant at) {
    if (state != ProfileState.APPROVED && !isLiveAfterDecision()) {
      return false;
    }
    String previous = proposerId;
    proposerId = Texts.required(newOwnerId, "newOwnerId");
    record(at, actorId, ProfileEventType.OWNER_CHANGED, previous + " → " + proposerId);
    return true;
  }

  private boolean isLiveAfterDecision() {
    return state == ProfileState.LISTED || state == ProfileState.CLOSING;
  }

  /** Fewer administrators than its kind needs (R3), as after someone left. */
  public boolean isBelowMinimumAdministrators() {
    return administrators.size() < kind.minimumAdministrators();
  }

  /** The manager names another administrator in place of one who left (R3). */
  public void nameAdministrator(Administrator named, String managerId, Instant at) {
    if (!isLive()) {
      throw new IllegalStateException("Profile " + id + " is " + state + " and has ended");
    }
    Objects.requireNonNull(named, "named");
    if (administrators.contains(named)) {
      throw new IllegalArgumentException(named.getName() + " already administers the profile");
    }
    administrators.add(named);
    record(at, managerId, ProfileEventType.ADMINISTRATOR_NAMED, named.getName());
  }

  /**
   * IT revoked the access of a person who left; the register now says who holds it (R8). {@code
   * holders} replaces what was registered.
   */
  public void leaversAccessRevoked(String personName, String holders, String itUserId, Instant at) {
    if (access == null) {
      throw new IllegalStateException("Profile " + id + " has no access registered");
    }
    access = new AccessRegistration(holders, itUserId, at);
    record(
        at,
        itUserId,
        ProfileEventType.LEAVERS_ACCESS_REVOKED,
        Texts.optional(personName) + ": " + access.getHolders());
  }

  /**
   * Someone asks for the profile to be closed, saying why: the manager of the owning unit on the
   * profile's page, or the owner in a periodic review that proposes closing it.
   */
  public void requestClosure(String requesterId, String reason, Instant at) {
    requireInUse();
    record(at, requesterId, ProfileEventType.CLOSURE_REQUESTED, Texts.optional(reason));
  }

  /**
   * The expert an expert profile speaks for left the organisation: the profile depends on them
   * (R5), so its closure is asked for, and its unit's manager decides it. Returns whether it was
   * asked for: only a profile in use, of that expert.
   */
  public boolean expertLeft(String expertUserId, String actorId, Instant at) {
    if (kind != ProfileKind.EXPERT || !expertUserId.equals(expertId) || !isInUse()) {
      return false;
    }
    record(at, actorId, ProfileEventType.EXPERT_LEFT, null);
    record(at, actorId, ProfileEventType.CLOSURE_REQUESTED, null);
    return true;
  }

  /**
   * Why the closure now waiting for a decision was asked for, so that the decision starts from it:
   * the reason of the last request not yet answered by keeping or closing the profile. Empty when
   * none is waiting or it gave no reason.
   */
  public Optional<String> pendingClosureRequestReason() {
    for (int i = events.size() - 1; i >= 0; i--) {
      ProfileEvent event = events.get(i);
      switch (event.getType()) {
        case CLOSURE_REQUESTED -> {
          return Optional.ofNullable(event.getReason());
        }
        case KEPT, CLOSURE_DECIDED -> {
          return Optional.empty();
        }
        default -> {}
      }
    }
    return Optional.empty();
  }

  /** The manager keeps the profile; a campaign's active period then gets a new end (R11). */
  public void keep(
      String managerId, String reason, LocalDate newCampaignEnd, LocalDate today, Instant at) {
    requireInUse();
    if (kind.hasPlannedEnd()) {
      campaignEndsOn = ProposalRules.futureCampaignEnd(newCampaignEnd, today);
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
    moveTo(ProfileState.CLOSING);
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
    if (!step.isClosingStep()) {
      throw new IllegalArgumentException(step + " is not a closing step");
    }
    record(at, actorId, step, Texts.optional(detail));
  }

  /**
   * The closing date came and the owner had not confirmed the closure notice: the closure goes on
   * (R12), and the history says the notice was not confirmed.
   */
  public void noticeNotConfirmed(Instant at) {
    requireDecidedClosure();
    record(at, ProfileEvent.SYSTEM, ProfileEventType.CLOSURE_NOTICE_NOT_CONFIRMED, null);
  }

  /** The profile is closed; its listing stays in the registry with the redirection (R12). */
  public void markClosed(Instant at) {
    requireDecidedClosure();
    if (state == ProfileState.CLOSED) {
      return;
    }
    moveTo(ProfileState.CLOSED);
    closedAt = at;
    record(at, ProfileEvent.SYSTEM, ProfileEventType.CLOSED, null);
  }

  /**
   * A person who left is no longer named in this closed profile: wherever it holds their user id,
   * name or e-mail address (the administrators, the access register, the closure, the history and
   * the texts people wrote), the pseudonym stands instead. The job titles stay, so the history
   * still says which role did what. Returns whether the profile named the person at all; the
   * history then says when this was done.
   */
  public boolean pseudonymise(FormerPerson person, String pseudonym, Instant at) {
    requireState(ProfileState.CLOSED);
    String alias = Texts.singleLine(Texts.required(pseudonym, "pseudonym"), "pseudonym");
    boolean named = false;
    if (person.actedAs(proposerId)) {
      proposerId = alias;
      named = true;
    }
    if (person.actedAs(expertId)) {
      expertId = alias;
      named = true;
    }
    for (int i = 0; i < administrators.size(); i++) {
      Administrator administrator = administrators.get(i);
      if (person.isNamedBy(administrator)) {
        administrators.set(i, administrator.renamed(alias));
        named = true;
      }
    }
    named |= access != null && access.pseudonymise(person, alias);
    named |= closure != null && closure.pseudonymise(person, alias);
    named |= upkeep != null && upkeep.pseudonymise(person, alias);
    for (ProfileEvent event : events) {
      named |= event.pseudonymise(person, alias);
    }
    if (named) {
      record(at, ProfileEvent.SYSTEM, ProfileEventType.PSEUDONYMISED, alias);
    }
    return named;
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

  /**
   * A reorganisation moves the profile to {@code to}, for the reason given; the timeline names both
   * units. Its manager's tasks follow by the boundary, which then calls {@link
   * #managerTasksFollowed}.
   */
  public void moveToUnit(OrganisationUnit to, String actorId, String why, Instant at) {
    Objects.requireNonNull(to);
    if (to.getCode().equals(unit.getCode())) {
      throw new IllegalArgumentException(
          "Profile " + id + " is in unit " + to.getCode() + " already");
    }
    String reason = Texts.required(why, "why");
    String detail = unit.getCode() + " " + to.getCode();
    unit = to;
    events.add(new ProfileEvent(this, at, actorId, ProfileEventType.UNIT_CHANGED, detail, reason));
  }

  /**
   * The open tasks of the unit's manager ({@code taskKeys}) now wait for {@code managerId}. When
   * that manager proposed the profile, a decision still cannot be theirs (R4): the timeline says
   * so.
   */
  public void managerTasksFollowed(
      String managerId, Collection<String> taskKeys, String actorId, Instant at) {
    String detail = managerId + " " + String.join(",", new TreeSet<>(taskKeys));
    events.add(
        new ProfileEvent(this, at, actorId, ProfileEventType.MANAGER_TASKS_FOLLOWED, detail, null));
  }

  private void record(Instant at, String actorId, ProfileEventType type, String reason) {
    events.add(new ProfileEvent(this, at, actorId, type, reason));
  }

  /** The one way a profile's state changes: as {@link ProfileState#leadsTo} allows. */
  private void moveTo(ProfileState next) {
    requireMove(next);
    state = next;
    keepLiveAccountKey();
  }

  /** Refuses before anything changes, where a move waits for checks of its own. */
  private void requireMove(ProfileState next) {
    if (!state.leadsTo(next)) {
      throw new IllegalStateException(
          "Profile " + id + " is " + state + " and cannot become " + next);
    }
  }

  private void requireState(ProfileState expected) {
    if (state != expected) {
      throw new IllegalStateException("Profile " + id + " is " + state + ", not " + expected);
    }
  }

  public String getAccountKey() {
    return accountKey;
  }

  /** The account's key while this profile holds the account; null once it has freed it. */
  public String getLiveAccountKey() {
    return liveAccountKey;
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
