package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.registry.boundary.Registry;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spine in the real container: the engine on the container's transactions, the job executor on
 * managed threads, delegates resolved by CDI name, and who may decide enforced in the boundary.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileLifecycleIT {

  @Inject private ProcessEngine engine;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private fi.virkaprofiili.consent.boundary.ExpertConsent consent;
  @Inject private fi.virkaprofiili.decision.boundary.CommunicationsAgreement agreement;
  @Inject private Registry registry;
  @Inject private OrganisationTime time;
  @Inject private LifecycleFixture fixture;
  @Inject private fi.virkaprofiili.worklist.boundary.WorkList workList;
  @Inject private fi.virkaprofiili.worklist.boundary.TaskClaims claims;
  @Resource private UserTransaction transaction;

  @Test
  void engineRunsAsConfigured() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertEquals("full", configuration.getHistory());
    assertTrue(configuration.isAuthorizationEnabled());
    assertInstanceOf(StrongUuidGenerator.class, configuration.getIdGenerator());
    assertTrue(configuration.getJobExecutor().isActive());
    assertEquals(
        1,
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_KEY)
            .latestVersion()
            .count());
  }

  /**
   * A command from outside any EJB (here the test's request, elsewhere a job, a timer or the REST
   * API) is one transaction: what it wrote before failing is undone, and its own exception reaches
   * the caller.
   */
  @Test
  void engineCommandOutsideAnEjbIsOneTransaction() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String property = "it.rolled-back." + UUID.randomUUID();

    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                configuration
                    .getCommandExecutorTxRequired()
                    .execute(
                        commandContext -> {
                          insertProperty(commandContext, property);
                          throw new IllegalStateException("fails after writing");
                        }));

    assertEquals("fails after writing", failure.getMessage());
    assertFalse(engine.getManagementService().getProperties().containsKey(property));
  }

  /** A command that needs a transaction of its own commits even when the caller's rolls back. */
  @Test
  void engineCommandRequiringANewTransactionCommitsOnItsOwn() throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String property = "it.own-transaction." + UUID.randomUUID();

    transaction.begin();
    configuration
        .getCommandExecutorTxRequiresNew()
        .execute(commandContext -> insertProperty(commandContext, property));
    transaction.rollback();

    try {
      assertEquals("written", engine.getManagementService().getProperties().get(property));
    } finally {
      engine.getManagementService().deleteProperty(property);
    }
  }

  /**
   * Writes a row on the command's own connection, so that only its transaction decides its fate.
   */
  private static Void insertProperty(CommandContext commandContext, String name) {
    try (PreparedStatement insert =
        commandContext
            .getDbSqlSession()
            .getSqlSession()
            .getConnection()
            .prepareStatement(
                "insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values (?, 'written', 1)")) {
      insert.setString(1, name);
      insert.executeUpdate();
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void approvedProposalIsListedByTheJobExecutor() throws Exception {
    Profile profile = proposals.submit(proposal("Approved " + UUID.randomUUID()), "sanna");

    Task decision = decisionTaskOf(profile);
    assertEquals("markus", decision.getAssignee());
    assertEquals(ProfileState.IN_DECISION, proposals.profile(profile.getId()).getState());

    decisions.decide(decision.getId(), Decision.approve(), "markus");
    assertEquals(ProfileState.APPROVED, proposals.profile(profile.getId()).getState());
    agreement.agree(agreementTaskOf(profile).getId(), "tiina");
    assertEquals(
        ProfileState.APPROVED,
        proposals.profile(profile.getId()).getState(),
        "nothing is listed before set-up");
    fixture.setUp(profile);

    Profile listed = awaitState(profile.getId(), ProfileState.LISTED);
    assertNotNull(listed.getListedAt());
    assertEquals(profile.getAccountUrl(), listed.getAccountUrl());
    assertTrue(listed.getAccountUrl().startsWith("https://www.instagram.com/library_it_"));
    assertNotNull(listed.getAccess());
    assertTrue(registry.publicProfiles().stream().anyMatch(p -> p.getId().equals(profile.getId())));
    assertEquals(
        1,
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(profile.getProcessInstanceId())
            .activityId(REVIEW_DUE)
            .timers()
            .count(),
        "a listed profile waits for its first review");
    assertEquals(
        java.util.List.of(
            ProfileEventType.PROPOSED,
            ProfileEventType.APPROVED,
            ProfileEventType.AGREED,
            ProfileEventType.ACCESS_REGISTERED,
            ProfileEventType.ACCOUNT_RECORDED,
            ProfileEventType.LISTED),
        listed.getEvents().stream().map(e -> e.getType()).toList());
  }

  @Test
  void rejectionRecordsTheReasonAndListsNothing() {
    Profile profile = proposals.submit(proposal("Rejected " + UUID.randomUUID()), "sanna");

    decisions.decide(
        decisionTaskOf(profile).getId(), Decision.reject("No working time set aside"), "markus");

    Profile rejected = proposals.profile(profile.getId());
    assertEquals(ProfileState.REJECTED, rejected.getState());
    assertEquals("No working time set aside", rejected.getEvents().get(1).getReason());
    assertEquals(
        0,
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(profile.getProcessInstanceId())
            .count());
    assertFalse(
        registry.publicProfiles().stream().anyMatch(p -> p.getId().equals(profile.getId())));
  }

  @Test
  void onlyTheManagerOfTheOwningUnitDecides() {
    Profile profile = proposals.submit(proposal("Forged " + UUID.randomUUID()), "sanna");
    String taskId = decisionTaskOf(profile).getId();

    assertThrows(
        NotPermittedException.class, () -> decisions.decide(taskId, Decision.approve(), "sanna"));
    assertThrows(
        NotPermittedException.class, () -> decisions.decide(taskId, Decision.approve(), "tiina"));

    assertEquals(ProfileState.IN_DECISION, proposals.profile(profile.getId()).getState());
    assertEquals(taskId, decisionTaskOf(profile).getId());
  }

  @Test
  void nobodyDecidesTheirOwnProposal() {
    Profile profile = proposals.submit(proposal("Own " + UUID.randomUUID()), "markus");

    assertThrows(
        NotPermittedException.class,
        () -> decisions.decide(decisionTaskOf(profile).getId(), Decision.approve(), "markus"));
    assertEquals(ProfileState.IN_DECISION, proposals.profile(profile.getId()).getState());
  }

  @Test
  void aDecidedTaskCannotBeDecidedAgain() {
    Profile profile = proposals.submit(proposal("Twice " + UUID.randomUUID()), "sanna");
    String taskId = decisionTaskOf(profile).getId();
    decisions.decide(taskId, Decision.reject("Duplicate of an existing profile"), "markus");

    assertThrows(
        NotFoundException.class, () -> decisions.decide(taskId, Decision.approve(), "markus"));
  }

  @Test
  void invalidProposalIsRefusedAndStoresNothing() {
    Proposal tooLong = proposal("x".repeat(Profile.NAME_MAX + 1));
    long before = proposals.proposedBy("sanna").size();

    EJBException refusal =
        assertThrows(EJBException.class, () -> proposals.submit(tooLong, "sanna"));

    assertInstanceOf(ConstraintViolationException.class, refusal.getCause());
    assertEquals(before, proposals.proposedBy("sanna").size());
  }

  @Test
  void rollbackUndoesTheProfileAndItsProcessTogether() throws Exception {
    transaction.begin();
    Profile profile = proposals.submit(proposal("Rolled back " + UUID.randomUUID()), "sanna");
    long profileId = profile.getId();
    String processInstanceId = profile.getProcessInstanceId();
    transaction.rollback();

    assertThrows(NotFoundException.class, () -> proposals.profile(profileId));
    assertEquals(
        0,
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count());
    assertEquals(
        0,
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count());
  }

  @Test
  void returnedProposalIsRevisedByItsProposerAndDecidedAgain() throws Exception {
    Profile profile = proposals.submit(proposal("Returned " + UUID.randomUUID()), "sanna");
    decisions.decide(
        decisionTaskOf(profile).getId(),
        Decision.returnForRevision("Add how success is measured"),
        "markus");
    assertEquals(ProfileState.PROPOSED, proposals.profile(profile.getId()).getState());
    Task revision = taskOf(profile, REVISE_PROPOSAL);
    assertEquals("sanna", revision.getAssignee());

    Proposal revised = Proposal.of(proposals.profile(profile.getId()));
    revised.setSuccessEvaluation("Followers, reach and a yearly survey");
    assertThrows(
        NotPermittedException.class, () -> proposals.revise(revision.getId(), revised, "markus"));
    proposals.revise(revision.getId(), revised, "sanna");

    Profile resubmitted = proposals.profile(profile.getId());
    assertEquals(ProfileState.IN_DECISION, resubmitted.getState());
    assertEquals(
        "Followers, reach and a yearly survey", resubmitted.getPlan().getSuccessEvaluation());
    decisions.decide(decisionTaskOf(profile).getId(), Decision.approve(), "markus");
    agreement.agree(agreementTaskOf(profile).getId(), "tiina");
    fixture.setUp(profile);
    awaitState(profile.getId(), ProfileState.LISTED);
  }

  @Test
  void aCommunicationsMemberClaimsAnAgreementAndGivesItBack() {
    Profile profile = proposals.submit(proposal("Claimed " + UUID.randomUUID()), "sanna");
    decisions.decide(decisionTaskOf(profile).getId(), Decision.approve(), "markus");
    String agreement = agreementTaskOf(profile).getId();

    assertThrows(NotPermittedException.class, () -> claims.claim(agreement, "sanna"));
    claims.claim(agreement, "tiina");
    assertEquals("tiina", agreementTaskOf(profile).getAssignee());
    assertThrows(
        fi.virkaprofiili.platform.ConflictException.class, () -> claims.claim(agreement, "tiina"));
    assertThrows(NotPermittedException.class, () -> claims.unclaim(agreement, "markus"));

    claims.unclaim(agreement, "tiina");
    assertNull(agreementTaskOf(profile).getAssignee());
    assertTrue(workList.task(agreement, "tiina").isClaimable());
  }

  @Test
  void onlyCommunicationsAgrees() {
    Profile profile = proposals.submit(proposal("Agreement " + UUID.randomUUID()), "sanna");
    decisions.decide(decisionTaskOf(profile).getId(), Decision.approve(), "markus");
    String taskId = agreementTaskOf(profile).getId();

    assertThrows(NotPermittedException.class, () -> agreement.agree(taskId, "sanna"));
    assertThrows(NotPermittedException.class, () -> agreement.agree(taskId, "markus"));
    assertEquals(taskId, agreementTaskOf(profile).getId());
  }

  @Test
  void communicationsReturnsWithCommentsToTheProposer() {
    Profile profile = proposals.submit(proposal("Commented " + UUID.randomUUID()), "sanna");
    decisions.decide(decisionTaskOf(profile).getId(), Decision.approve(), "markus");

    agreement.returnWithComments(
        agreementTaskOf(profile).getId(), "Add the response hours in Swedish", "tiina");

    Profile returned = proposals.profile(profile.getId());
    assertEquals(ProfileState.PROPOSED, returned.getState());
    assertEquals("Add the response hours in Swedish", returned.getRevisionRequest());
    assertEquals("sanna", taskOf(profile, REVISE_PROPOSAL).getAssignee());
  }

  @Test
  void expertProfileNeedsTheNamedEmployeesConsent() {
    Profile profile =
        proposals.submit(expertProposal("Expert " + UUID.randomUUID(), "ilkka"), "sanna");
    Task consentTask = taskOf(profile, EXPERT_CONSENT);
    assertEquals("ilkka", consentTask.getAssignee());

    assertThrows(NotPermittedException.class, () -> consent.accept(consentTask.getId(), "markus"));
    consent.accept(consentTask.getId(), "ilkka");

    assertEquals("markus", decisionTaskOf(profile).getAssignee());
  }

  @Test
  void expertWhoDeclinesEndsTheProposal() {
    Profile profile =
        proposals.submit(expertProposal("Declined " + UUID.randomUUID(), "ilkka"), "sanna");
    String taskId = taskOf(profile, EXPERT_CONSENT).getId();

    consent.decline(taskId, "On leave next year", "ilkka");

    assertEquals(ProfileState.REJECTED, proposals.profile(profile.getId()).getState());
    assertEquals(
        0,
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(profile.getProcessInstanceId())
            .count());
  }

  @Test
  void expertMustBeAKnownUser() {
    Proposal unknown =
        expertProposal("Unknown expert " + UUID.randomUUID(), "nobody-" + UUID.randomUUID());

    assertThrows(NotFoundException.class, () -> proposals.submit(unknown, "sanna"));
  }

  @Test
  void historyIsForThoseWhoTakePart() {
    Profile profile = proposals.submit(proposal("History " + UUID.randomUUID()), "sanna");

    assertEquals(profile.getId(), proposals.profileSeenBy(profile.getId(), "sanna").getId());
    assertEquals(profile.getId(), proposals.profileSeenBy(profile.getId(), "markus").getId());
    assertEquals(profile.getId(), proposals.profileSeenBy(profile.getId(), "tiina").getId());
    assertThrows(
        NotPermittedException.class, () -> proposals.profileSeenBy(profile.getId(), "ilkka"));
  }

  @Test
  void proposerWithdrawsAndTheDecisionIsGone() {
    Profile profile = proposals.submit(proposal("Withdrawn " + UUID.randomUUID()), "sanna");
    String taskId = decisionTaskOf(profile).getId();

    assertThrows(NotPermittedException.class, () -> proposals.withdraw(profile.getId(), "markus"));
    proposals.withdraw(profile.getId(), "sanna");

    assertEquals(ProfileState.WITHDRAWN, proposals.profile(profile.getId()).getState());
    assertEquals(
        0,
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(profile.getProcessInstanceId())
            .count());
    assertThrows(
        NotFoundException.class, () -> decisions.decide(taskId, Decision.approve(), "markus"));
  }

  @Test
  void aDecidedProposalCannotBeWithdrawn() {
    Profile profile = proposals.submit(proposal("Too late " + UUID.randomUUID()), "sanna");
    decisions.decide(decisionTaskOf(profile).getId(), Decision.reject("Duplicate"), "markus");

    assertThrows(
        fi.virkaprofiili.platform.ConflictException.class,
        () -> proposals.withdraw(profile.getId(), "sanna"));
    assertEquals(ProfileState.REJECTED, proposals.profile(profile.getId()).getState());
  }

  @Test
  void processStartedPastThePortalIsRefusedAsIncomplete() {
    var instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY,
                java.util.Map.of(
                    VAR_PROFILE_ID, -1L, VAR_PROPOSER, "sanna", VAR_UNIT_MANAGER, "markus"));

    assertEquals(
        1,
        engine
            .getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .activityId(PROPOSAL_REFUSED)
            .finished()
            .count());
    assertEquals(
        0, engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count());
  }

  @Test
  void organisationProfileWithOneAdministratorIsRefused() {
    Proposal alone = proposal("Alone " + UUID.randomUUID());
    alone.getAdministrators().get(1).setName(null);
    alone.getAdministrators().get(1).setJobTitle(null);

    EJBException refusal = assertThrows(EJBException.class, () -> proposals.submit(alone, "sanna"));

    assertInstanceOf(ConstraintViolationException.class, refusal.getCause());
  }

  @Test
  void storedProposalKeepsEverythingItStates() {
    Profile profile = proposals.submit(proposal("Complete " + UUID.randomUUID()), "sanna");

    Profile stored = proposals.profile(profile.getId());
    assertEquals(2, stored.getAdministrators().size());
    assertEquals("Tiedottaja", stored.getAdministrators().get(1).getJobTitle());
    assertEquals("Weekdays 8-16", stored.getUpkeep().getResponseTimePromise());
    assertEquals(0, BigDecimal.valueOf(4).compareTo(stored.getUpkeep().getHoursPerWeek()));
    assertTrue(stored.missingRules(time.dayOf(stored.getProposedAt())).isEmpty());
  }

  private Task decisionTaskOf(Profile profile) {
    return fixture.taskOf(profile, MANAGER_DECISION);
  }

  private Task agreementTaskOf(Profile profile) {
    return fixture.taskOf(profile, COMMUNICATIONS_AGREEMENT);
  }

  private Task taskOf(Profile profile, String taskKey) {
    return fixture.taskOf(profile, taskKey);
  }

  private Profile awaitState(long profileId, ProfileState expected) throws InterruptedException {
    return fixture.awaitState(profileId, expected);
  }

  private static Proposal expertProposal(String name, String expertUserId) {
    return LifecycleFixture.expertProposal(name, expertUserId);
  }

  private static Proposal proposal(String name) {
    return LifecycleFixture.proposal(name);
  }

  @Test
  void theTaskListFiltersByChannelInTheEngine() {
    Profile profile = proposals.submit(proposal("Channel " + UUID.randomUUID()), "sanna");
    String process = profile.getProcessInstanceId();
    assertEquals(
        profile.getChannel().name(), engine.getRuntimeService().getVariable(process, VAR_CHANNEL));
    assertTrue(
        decisionOf(profile, fi.virkaprofiili.profile.entity.Channel.INSTAGRAM),
        "listed under its own channel");
    assertFalse(
        decisionOf(profile, fi.virkaprofiili.profile.entity.Channel.TIKTOK),
        "not under another channel");
  }

  /**
   * Whether the manager's task list, filtered by {@code channel}, holds the decision on {@code
   * profile}.
   */
  private boolean decisionOf(Profile profile, fi.virkaprofiili.profile.entity.Channel channel) {
    String decision = fixture.taskOf(profile, MANAGER_DECISION).getId();
    var filter = new fi.virkaprofiili.worklist.boundary.TaskFilter();
    filter.setChannel(channel);
    // Every page: the manager's list also holds the decisions of the round's other tests.
    for (int first = 0; ; first += 100) {
      var page = workList.page("markus", filter, first, 100);
      if (page.stream().anyMatch(item -> item.getTaskId().equals(decision))) {
        return true;
      }
      if (page.size() < 100) {
        return false;
      }
    }
  }
}
