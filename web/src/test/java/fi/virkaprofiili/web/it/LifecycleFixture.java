package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.UpdateFrequency;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Steps the in-container ITs share: proposals that meet the policy, the way to a listed profile,
 * and waiting for the real job executor.
 */
@Dependent
public class LifecycleFixture {

  private static final Duration JOB_EXECUTOR_PATIENCE = Duration.ofSeconds(60);

  @Inject private ProcessEngine engine;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;
  @PersistenceContext private EntityManager entityManager;

  /**
   * A unit of the test's own, with a new manager (a staff member and manager): its lists and
   * figures hold only what the test puts there, whatever else the round's database holds.
   *
   * @return the unit's code
   */
  @Transactional
  public String ownUnit(String managerId) {
    IdentityService identity = engine.getIdentityService();
    User manager = identity.newUser(managerId);
    manager.setFirstName(managerId);
    manager.setLastName("Test");
    manager.setEmail(managerId + "@example.org");
    manager.setPassword(managerId);
    identity.saveUser(manager);
    identity.createMembership(managerId, Roles.STAFF);
    identity.createMembership(managerId, Roles.MANAGERS);
    String code = "it-" + managerId;
    entityManager.persist(
        new OrganisationUnit(code, "Yksikkö " + code, "Enhet " + code, "Unit " + code, managerId));
    return code;
  }

  /** A staff member of the test's own, with a name and an e-mail address. */
  @Transactional
  public void staffMember(String userId, String firstName, String lastName, String email) {
    IdentityService identity = engine.getIdentityService();
    User person = identity.newUser(userId);
    person.setFirstName(firstName);
    person.setLastName(lastName);
    person.setEmail(email);
    person.setPassword(userId);
    identity.saveUser(person);
    identity.createMembership(userId, Roles.STAFF);
  }

  /** An e-mail the outbox sent {@code ago}: its row as delivery leaves it. */
  @Transactional
  public void sentMessage(String recipient, java.time.Duration ago) {
    java.sql.Timestamp sentAt = java.sql.Timestamp.from(java.time.Instant.now().minus(ago));
    entityManager
        .createNativeQuery(
            "insert into OUTBOX_MESSAGE (ID, VERSION, NOTICE_KEY, RECIPIENT, SUBJECT, BODY, STATE,"
                + " ATTEMPTS, CREATED_AT, NEXT_ATTEMPT_AT, SENT_AT) values (?, 1, ?, ?, 'Subject',"
                + " 'Text', 'SENT', 1, ?, ?, ?)")
        .setParameter(1, 2_000_000_000L + (long) (Math.random() * 1_000_000_000L))
        .setParameter(2, "it/" + UUID.randomUUID() + "/" + recipient)
        .setParameter(3, recipient)
        .setParameter(4, sentAt)
        .setParameter(5, sentAt)
        .setParameter(6, sentAt)
        .executeUpdate();
  }

  /** How many outbox messages are addressed to {@code recipient}. */
  public long messagesTo(String recipient) {
    return (Long)
        entityManager
            .createQuery("select count(m) from OutboxMessage m where m.recipient = :to")
            .setParameter("to", recipient)
            .getSingleResult();
  }

  /** The profile's closure moved back in time, as if it had closed that long ago. */
  @Transactional
  public void closedAgo(long profileId, java.time.Period ago) {
    entityManager
        .createNativeQuery("update PROFILE set CLOSED_AT = ? where ID = ?")
        .setParameter(
            1,
            java.sql.Timestamp.from(
                java.time.ZonedDateTime.now().minus(ago).minusDays(1).toInstant()))
        .setParameter(2, profileId)
        .executeUpdate();
  }

  /**
   * A unit of the test's own whose manager is named only: the engine knows no such person until
   * they sign in (through the organisation's provider).
   *
   * @return the unit's code
   */
  @Transactional
  public String unitManagedBy(String managerId) {
    String code = "it-" + managerId;
    entityManager.persist(
        new OrganisationUnit(code, "Yksikkö " + code, "Enhet " + code, "Unit " + code, managerId));
    return code;
  }

  /** As {@link #listedProfile(String)}, proposed in the unit and approved by its manager. */
  public Profile listedProfile(String name, String unitCode, String managerId)
      throws InterruptedException {
    Proposal proposal = proposal(name);
    proposal.setUnitCode(unitCode);
    Profile profile = proposals.submit(proposal, "sanna");
    decisions.decide(taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), managerId);
    agreement.agree(taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setUp(profile);
    return awaitState(profile.getId(), ProfileState.LISTED);
  }

  /** Proposed by sanna, approved by markus, agreed by tiina, set up by ilkka and sanna, listed. */
  public Profile listedProfile(String name) throws InterruptedException {
    return listedProfile(name, null);
  }

  /**
   * As {@link #listedProfile(String)}, with its account at {@code accountUrl}, or at the one its
   * proposal names when null.
   */
  public Profile listedProfile(String name, String accountUrl) throws InterruptedException {
    Profile profile = proposals.submit(proposal(name), "sanna");
    decisions.decide(taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), "markus");
    agreement.agree(taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setUp(profile, accountUrl);
    return awaitState(profile.getId(), ProfileState.LISTED);
  }

  /** IT registers access and the proposer records the account: the profile can be listed. */
  public void setUp(Profile profile) {
    setUp(profile, null);
  }

  /** With the account its proposal names, when {@code accountUrl} is null. */
  private void setUp(Profile profile, String accountUrl) {
    setup.registerAccess(
        taskOf(profile, REGISTER_ACCESS).getId(),
        "IT admin account; both administrators as editors",
        "ilkka");
    setup.recordAccountAddress(
        taskOf(profile, RECORD_ACCOUNT_ADDRESS).getId(),
        accountUrl != null ? accountUrl : profile.getAccountUrl(),
        "sanna");
  }

  /**
   * Waits for the timer (the jobs before it may still be running), makes it due now and tells the
   * job executor, which then fires it.
   */
  public void fireTimer(Profile profile, String activityId) throws InterruptedException {
    Job timer =
        await(
            () ->
                engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(profile.getProcessInstanceId())
                    .activityId(activityId)
                    .timers()
                    .singleResult(),
            "no " + activityId + " timer for profile " + profile.getId());
    engine
        .getManagementService()
        .setJobDuedate(timer.getId(), java.util.Date.from(Instant.now().minusSeconds(1)));
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor()
        .jobWasAdded();
  }

  /** The task of this kind that waits in the profile's process. */
  public Task taskOf(Profile profile, String taskKey) {
    Task task = findTask(profile, taskKey);
    assertNotNull(task, "no " + taskKey + " task for profile " + profile.getId());
    return task;
  }

  /** Waits for the job executor to bring the process to a task of this kind. */
  public Task awaitTask(Profile profile, String taskKey) throws InterruptedException {
    return await(() -> findTask(profile, taskKey), "the job executor did not reach " + taskKey);
  }

  /** Waits for the real job executor; the deadline only bounds a failing test. */
  public Profile awaitState(long profileId, ProfileState expected) throws InterruptedException {
    return await(
        () -> {
          Profile profile = proposals.profile(profileId);
          return profile.getState() == expected ? profile : null;
        },
        "the job executor did not bring profile " + profileId + " to " + expected);
  }

  /** Polls until the answer is there; the deadline only bounds a failing test. */
  public static <T> T await(Supplier<T> answer, String failure) throws InterruptedException {
    Instant deadline = Instant.now().plus(JOB_EXECUTOR_PATIENCE);
    T value = answer.get();
    while (value == null && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      value = answer.get();
    }
    assertNotNull(value, failure);
    return value;
  }

  private Task findTask(Profile profile, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(profile.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  public static Proposal expertProposal(String name, String expertUserId) {
    Proposal proposal = proposal(name);
    proposal.setKind(fi.virkaprofiili.profile.entity.ProfileKind.EXPERT);
    proposal.setExpertUserId(expertUserId);
    return proposal;
  }

  public static Proposal proposal(String name) {
    Proposal proposal = new Proposal();
    proposal.setName(name);
    proposal.setChannel(Channel.INSTAGRAM);
    proposal.setUnitCode("culture");
    proposal.setPurpose("Events and news of the city library.");
    proposal.setTargetAudiences("Families and young people");
    proposal.setPlannedContent("Events and reading tips");
    proposal.setPromotion("Library web site and posters");
    proposal.setSuccessEvaluation("Followers and feedback, every six months");
    proposal.getAdministrators().get(0).setName("Sanna Suunnittelija");
    proposal.getAdministrators().get(0).setJobTitle("Kirjastonhoitaja");
    proposal.getAdministrators().get(1).setName("Tiina Tiedottaja");
    proposal.getAdministrators().get(1).setJobTitle("Tiedottaja");
    proposal.getAdministrators().get(0).setEmail("sanna.suunnittelija@example.org");
    proposal.getAdministrators().get(1).setEmail("tiina.tiedottaja@example.org");
    proposal.setHoursPerWeek(BigDecimal.valueOf(4));
    proposal.setUpdateFrequency(UpdateFrequency.SEVERAL_TIMES_A_WEEK);
    proposal.setTermsOfUseUrl("https://help.instagram.com/581066165581870");
    proposal.setTermsCheckedOn(new OrganisationTime().today());
    proposal.setPrivateMessageHandling(
        "Answered on weekdays; official business goes to the registry office.");
    proposal.setResponseTimePromise("Weekdays 8-16");
    proposal.setOfficialContact("kirjaamo@example.org");
    // An account of its own: an account belongs to one live profile only (issue 13, defect 1).
    proposal.setAccountUrl(
        "https://www.instagram.com/library_it_" + UUID.randomUUID().toString().substring(0, 8));
    return proposal;
  }
}
