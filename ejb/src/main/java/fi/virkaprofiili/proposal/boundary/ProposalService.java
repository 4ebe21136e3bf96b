package fi.virkaprofiili.proposal.boundary;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.boundary.AccountHolders;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.control.LifecycleVariables;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileKind;
import fi.virkaprofiili.proposal.entity.Draft;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Staff submit proposals here. The profile and its process start in one transaction: either both
 * exist afterwards or neither does.
 */
@Stateless
public class ProposalService {

  /** The most rows of a page of {@link #proposedBy(String, int, int)}. */
  public static final int PAGE_MAX = 100;

  private static final Logger LOG = Logger.getLogger(ProposalService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private OrganisationUnits units;
  @Inject private AccountHolders accounts;
  @Inject private RuntimeService runtimeService;
  @Inject private TaskService taskService;
  @Inject private IdentityService identityService;
  @Inject private TaskAccess tasks;
  @Inject private OrganisationTime time;

  public Profile submit(@NotNull @Valid Proposal proposal, @NotBlank String proposerId) {
    OrganisationUnit unit = units.byCode(proposal.getUnitCode());
    requireKnownExpert(proposal);
    Profile profile =
        new Profile(proposal.toProposed(), unit, proposerId, time.now(), time.today());
    em.persist(profile);
    accounts.hold(profile);
    Map<String, Object> variables = routing(profile);
    variables.put(VAR_PROFILE_ID, profile.getId());
    variables.put(VAR_PROPOSER, proposerId);
    ProcessInstance process =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY, profile.getId().toString(), variables);
    profile.attachProcess(process.getId());
    return profile;
  }

  /** Who the process sends the proposal to: the unit's manager, and the expert for consent. */
  private static Map<String, Object> routing(Profile profile) {
    return LifecycleVariables.routing(profile);
  }

  /**
   * R5: an expert profile speaks for a known employee; refused with {@code error.unknownExpert}.
   */
  public void requireKnownExpert(@NotNull Proposal proposal) {
    String expert = proposal.getKind() == ProfileKind.EXPERT ? proposal.getExpertUserId() : null;
    if (expert != null && identityService.createUserQuery().userId(expert.strip()).count() == 0) {
      throw new NotFoundException("error.unknownExpert", "No user " + expert);
    }
  }

  /**
   * Checks a submitted proposal against the policy again, for proposals that reached the engine
   * without the portal. An incomplete one is refused and its missing rules returned.
   */
  public List<String> checkCompleteness(long profileId) {
    Profile profile = em.find(Profile.class, profileId);
    if (profile == null) {
      return List.of("unknown profile " + profileId);
    }
    List<String> missing = profile.missingRules(time.dayOf(profile.getProposedAt()));
    if (!missing.isEmpty()) {
      profile.refuseAsIncomplete(missing, time.now());
    }
    return missing;
  }

  /**
   * The proposer resubmits a proposal the manager returned, with the changes asked for. It is
   * checked and decided again, by the manager of the unit it now names.
   */
  @OneEngineCommand
  public Profile revise(
      @NotBlank String taskId, @NotNull @Valid Proposal proposal, @NotBlank String actorId) {
    Task task = tasks.waitingTask(taskId, REVISE_PROPOSAL, actorId);
    if (!actorId.equals(task.getAssignee())) {
      throw tasks.refuse(actorId, taskId, "only the proposer revises a proposal");
    }
    Profile profile = profile(tasks.profileIdOf(task));
    OrganisationUnit unit = units.byCode(proposal.getUnitCode());
    requireKnownExpert(proposal);
    profile.revise(
        proposal.toProposed(), unit, actorId, time.now(), time.dayOf(profile.getProposedAt()));
    accounts.hold(profile);
    taskService.complete(taskId, routing(profile));
    return profile;
  }

  /**
   * The proposer withdraws a proposal that is still waiting for its decision; its decision task
   * goes away with it. Anyone else is refused, and the refusal is logged.
   */
  public void withdraw(long profileId, @NotBlank String actorId) {
    Profile profile = profile(profileId);
    if (!profile.isProposedBy(actorId)) {
      String message =
          "Refused: "
              + actorId
              + " may not withdraw profile "
              + profileId
              + " proposed by someone else";
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    if (!profile.isWithdrawable()) {
      throw new ConflictException(
          "error.alreadyDecided", "Profile " + profileId + " is already " + profile.getState());
    }
    profile.withdraw(actorId, time.now());
    // A proposal returned for revision may be withdrawn too: the changes left unsent go with it.
    em.createNamedQuery(Draft.DELETE_OF_PROFILE)
        .setParameter("profileId", profileId)
        .executeUpdate();
    runtimeService
        .createMessageCorrelation(PROPOSAL_WITHDRAWN_MESSAGE)
        .processInstanceId(profile.getProcessInstanceId())
        .correlate();
  }

  /** The proposals and profiles a person has proposed, newest first. */
  public List<Profile> proposedBy(@NotBlank String proposerId) {
    return em.createNamedQuery(Profile.BY_PROPOSER, Profile.class)
        .setParameter("proposerId", proposerId)
        .getResultList();
  }

  /**
   * One page of them, for a table that shows a page at a time: someone may have proposed hundreds.
   */
  public List<Profile> proposedBy(
      @NotBlank String proposerId, @Min(0) int first, @Min(1) @Max(PAGE_MAX) int max) {
    return em.createNamedQuery(Profile.BY_PROPOSER, Profile.class)
        .setParameter("proposerId", proposerId)
        .setFirstResult(Rows.first(first))
        .setMaxResults(max)
        .getResultList();
  }

  /** How many proposals and profiles a person has proposed. */
  public long countProposedBy(@NotBlank String proposerId) {
    return em.createQuery(
            "select count(p) from Profile p where p.proposerId = :proposerId", Long.class)
        .setParameter("proposerId", proposerId)
        .getSingleResult();
  }

  /**
   * A profile with its whole history, for those who take part in it: its proposer, the expert it
   * names, the manager of its unit, communications and administrators.
   */
  public Profile profileSeenBy(long profileId, @NotBlank String userId) {
    Profile profile = profile(profileId);
    boolean takesPart =
        profile.isProposedBy(userId)
            || userId.equals(profile.getExpertId())
            || profile.getUnit().isManagedBy(userId)
            || tasks.isMember(userId, Roles.COMMUNICATIONS)
            || tasks.isMember(userId, Roles.ADMINISTRATORS);
    if (!takesPart) {
      String message = "Refused: " + userId + " may not see the history of profile " + profileId;
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
    return profile;
  }

  public Profile profile(long profileId) {
    Profile profile = em.find(Profile.class, profileId);
    if (profile == null) {
      throw new NotFoundException("error.unknownProfile", "No profile " + profileId);
    }
    return profile;
  }
}
