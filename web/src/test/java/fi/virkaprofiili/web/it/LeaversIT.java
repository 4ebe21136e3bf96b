package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.consent.boundary.ExpertConsent;
import fi.virkaprofiili.dashboard.boundary.Dashboard;
import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.leaver.boundary.Departed;
import fi.virkaprofiili.leaver.boundary.LeaverTasks;
import fi.virkaprofiili.leaver.boundary.Leavers;
import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.identity.CamundaIdentityStore;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.identity.SignedInPeople;
import fi.virkaprofiili.processes.PersonLeft;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person who leaves, on the deployed application: one who administers two profiles (one then
 * falls below its minimum), has access registered to one of them and has an open task. After an
 * administrator marks them as left, in one step, the unit's manager has their task and the task to
 * name another administrator, IT has the task to revoke their access, the timelines say so, and
 * their sign-in is refused.
 */
@ExtendWith(ArquillianExtension.class)
class LeaversIT {

  @Inject private ProcessEngine engine;
  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;
  @Inject private Leavers leavers;
  @Inject private ExpertConsent consent;
  @Inject private LeaverTasks leaverTasks;
  @Inject private CamundaIdentityStore identityStore;
  @Inject private SignedInPeople signedInPeople;
  @Inject private UserTransaction transaction;
  @Inject private Dashboard dashboard;
  @Inject private OutboxRows outbox;

  @Test
  void aFailureAfterMarkingUndoesEveryMoveAndLeavesNothingHalfMoved() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "m" + suffix;
    String unit = fixture.ownUnit(manager);
    String leaverId = "l" + suffix;
    String email = leaverId + "@example.org";
    fixture.staffMember(leaverId, "Leena", "Lähtijä " + suffix, email);
    Profile profile =
        listed(
            administeredBy(proposal("Undone " + suffix, unit), email, false),
            manager,
            leaverId + " as editor");

    transaction.begin();
    try {
      Departed departed = leavers.markLeft("admin", leaverId, "Employment ended");
      assertEquals(List.of(profile.getName()), departed.belowMinimum(), "moved inside");
    } finally {
      // whatever fails after the moves, in the same transaction, undoes them with it
      transaction.rollback();
    }

    assertEquals(2, proposals.profile(profile.getId()).getAdministrators().size());
    assertFalse(
        types(proposals.profile(profile.getId())).contains(ProfileEventType.ADMINISTRATOR_LEFT));
    assertEquals(
        0,
        engine
            .getTaskService()
            .createTaskQuery()
            .processDefinitionKey(PersonLeft.PROCESS_KEY)
            .processVariableValueEquals(PersonLeft.VAR_PROFILE_ID, profile.getId())
            .count(),
        "no follow-up task");
    assertTrue(engine.getIdentityService().checkPassword(leaverId, leaverId), "still signs in");
    assertTrue(leavers.departures("admin").stream().noneMatch(d -> d.getUserId().equals(leaverId)));
  }

  @Test
  void aPersonWhoLeavesHandsEverythingOnInOneStepAndSignsInNoMore() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "m" + suffix;
    String unit = fixture.ownUnit(manager);
    String leaverId = "l" + suffix;
    String email = leaverId + "@example.org";
    fixture.staffMember(leaverId, "Leena", "Lähtijä " + suffix, email);
    assertTrue(engine.getIdentityService().checkPassword(leaverId, leaverId), "signs in before");
    // In IT's group too: the revocation task it is about would otherwise be e-mailed to them.
    engine.getIdentityService().createMembership(leaverId, Roles.IT);

    // Falls below its minimum: the person and one other administer it; access is registered to
    // them.
    Profile belowMinimum =
        listed(
            administeredBy(proposal("Below " + suffix, unit), email, false),
            manager,
            "IT admin account; " + leaverId + " as editor");
    // Keeps its minimum: a third administrator stays.
    Profile keepsMinimum =
        listed(
            administeredBy(proposal("Keeps " + suffix, unit), email, true),
            manager,
            "IT admin account only");
    // An open task of the person's: their own approved proposal waits for its account's address.
    Profile theirs = proposals.submit(proposal("Theirs " + suffix, unit), leaverId);
    decisions.decide(fixture.taskOf(theirs, MANAGER_DECISION).getId(), Decision.approve(), manager);
    agreement.agree(fixture.taskOf(theirs, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setup.registerAccess(
        fixture.taskOf(theirs, REGISTER_ACCESS).getId(), "IT admin account", "ilkka");
    Task openTask = fixture.taskOf(theirs, RECORD_ACCOUNT_ADDRESS);
    assertEquals(leaverId, openTask.getAssignee());

    assertThrows(
        NotPermittedException.class,
        () -> leavers.markLeft("sanna", leaverId, "Left on 30 November"),
        "only administrators mark people as left");
    assertThrows(
        ConflictException.class,
        () -> leavers.markLeft("admin", manager, "Left"),
        "a unit's manager is replaced first");
    assertThrows(
        NotFoundException.class,
        () -> leavers.markLeft("admin", "nobody-" + suffix, "Left"),
        "an unknown person");
    assertThrows(
        NotPermittedException.class,
        () -> leavers.markLeft("admin", "admin", "Left"),
        "nobody marks themselves");

    Departed departed = leavers.markLeft("admin", leaverId, "Employment ended on 30 November");

    assertEquals(2, departed.administered().size(), departed.toString());
    assertEquals(List.of(belowMinimum.getName()), departed.belowMinimum());
    assertEquals(List.of(belowMinimum.getName()), departed.accessToRevoke());
    assertEquals(1, departed.tasksHandedOn());
    assertEquals(
        List.of(theirs.getName()), departed.ownedNowByTheManager(), "their approved profile");
    assertEquals(manager, proposals.profile(theirs.getId()).getProposerId());
    assertEquals(
        manager,
        engine.getRuntimeService().getVariable(theirs.getProcessInstanceId(), VAR_PROPOSER),
        "the owner's tasks still to come go to the manager");

    Profile below = proposals.profile(belowMinimum.getId());
    assertEquals(1, below.getAdministrators().size(), "taken off, below R3's two");
    assertEquals(2, proposals.profile(keepsMinimum.getId()).getAdministrators().size());
    assertTrue(
        proposals.profile(keepsMinimum.getId()).getAdministrators().stream()
            .noneMatch(a -> email.equals(a.getEmail())));

    assertTrue(belowOnDashboard(belowMinimum), "the dashboard shows the profile below its minimum");
    assertFalse(belowOnDashboard(keepsMinimum));
    Task nameAnother = followUp(below, PersonLeft.NAME_ANOTHER_ADMINISTRATOR);
    assertEquals(manager, nameAnother.getAssignee(), "the unit's manager names another");
    assertNull(
        engine
            .getTaskService()
            .createTaskQuery()
            .processVariableValueEquals(PersonLeft.VAR_PROFILE_ID, keepsMinimum.getId())
            .singleResult(),
        "a profile that keeps its minimum asks nothing");
    Task revoke = followUp(below, PersonLeft.REVOKE_LEAVERS_ACCESS);
    assertEquals(
        1,
        engine
            .getTaskService()
            .createTaskQuery()
            .taskId(revoke.getId())
            .taskCandidateGroup(Roles.IT)
            .count(),
        "IT revokes the access");
    assertEquals(
        manager,
        engine
            .getTaskService()
            .createTaskQuery()
            .taskId(openTask.getId())
            .singleResult()
            .getAssignee(),
        "the person's open task went to the unit's manager");

    assertTrue(
        types(below)
            .containsAll(
                List.of(
                    ProfileEventType.ADMINISTRATOR_LEFT,
                    ProfileEventType.ACCESS_REVOCATION_ASKED)));
    assertTrue(
        types(proposals.profile(keepsMinimum.getId()))
            .contains(ProfileEventType.ADMINISTRATOR_LEFT));
    assertTrue(
        types(proposals.profile(theirs.getId()))
            .containsAll(List.of(ProfileEventType.TASK_HANDED_ON, ProfileEventType.OWNER_CHANGED)));

    assertFalse(
        engine.getIdentityService().checkPassword(leaverId, leaverId), "the password is refused");
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore.validate(new UsernamePasswordCredential(leaverId, leaverId)).getStatus(),
        "the portal's form sign-in is refused");
    assertThrows(
        NotPermittedException.class,
        () -> signedInPeople.signedIn(leaverId, "Leena", "Lähtijä", email, Set.of(Roles.STAFF)),
        "the sign-in through the organisation's provider is refused");
    assertThrows(
        ConflictException.class, () -> leavers.markLeft("admin", leaverId, "Again"), "marked once");

    // The follow-ups are done by whom they were given to, and recorded.
    assertThrows(
        NotPermittedException.class,
        () -> leaverTasks.confirmAccessRevoked(revoke.getId(), "IT admin account", "sanna"));
    leaverTasks.confirmAccessRevoked(revoke.getId(), "IT admin account only", "ilkka");
    assertThrows(
        NotPermittedException.class,
        () -> leaverTasks.nameAdministrator(nameAnother.getId(), "N", "T", null, "markus"));
    leaverTasks.nameAdministrator(
        nameAnother.getId(), "Niko Nimetty", "Viestintäsuunnittelija", null, manager);
    Profile done = proposals.profile(belowMinimum.getId());
    assertEquals("IT admin account only", done.getAccess().getHolders());
    assertEquals(2, done.getAdministrators().size());
    assertTrue(
        types(done)
            .containsAll(
                List.of(
                    ProfileEventType.LEAVERS_ACCESS_REVOKED,
                    ProfileEventType.ADMINISTRATOR_NAMED)));
    assertEquals(ProfileState.LISTED, done.getState());
    assertFalse(belowOnDashboard(belowMinimum), "no longer below once another is named");
  }

  private List<String> recipients(String keyPattern) {
    return outbox.rows(keyPattern).stream().map(OutboxRows.Row::recipient).toList();
  }

  @Test
  void anUndecidedProposalOfAPersonWhoLeftIsWithdrawnWithItsDecisionTask() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "m" + suffix;
    String unit = fixture.ownUnit(manager);
    String leaverId = "l" + suffix;
    fixture.staffMember(leaverId, "Leo", "Lähtijä " + suffix, leaverId + "@example.org");
    Profile waiting = proposals.submit(proposal("Waiting " + suffix, unit), leaverId);
    Profile returned = proposals.submit(proposal("Returned " + suffix, unit), leaverId);
    decisions.decide(
        fixture.taskOf(returned, MANAGER_DECISION).getId(),
        Decision.returnForRevision("Say more about the audience"),
        manager);
    assertNotNull(fixture.awaitTask(returned, REVISE_PROPOSAL));

    Departed departed = leavers.markLeft("admin", leaverId, "Left before the decision");

    assertEquals(
        Set.of(waiting.getName(), returned.getName()), Set.copyOf(departed.proposalsWithdrawn()));
    for (Profile proposal : List.of(waiting, returned)) {
      Profile withdrawn = proposals.profile(proposal.getId());
      assertEquals(ProfileState.WITHDRAWN, withdrawn.getState());
      assertEquals(
          ProfileEventType.PROPOSER_LEFT,
          withdrawn.getEvents().get(withdrawn.getEvents().size() - 1).getType());
      assertEquals(
          0,
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceId(proposal.getProcessInstanceId())
              .count(),
          "its process ended with its decision or revision task");
    }
    assertEquals(
        0,
        engine.getTaskService().createTaskQuery().taskAssignee(manager).count(),
        "the manager is not left with a decision on a proposal nobody answers for");
  }

  @Test
  void anExpertProfileWhoseExpertLeftGoesToItsManagersClosureDecision() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "m" + suffix;
    String unit = fixture.ownUnit(manager);
    String expertId = "e" + suffix;
    fixture.staffMember(expertId, "Eero", "Asiantuntija " + suffix, expertId + "@example.org");
    Proposal proposal = LifecycleFixture.expertProposal("Expert " + suffix, expertId);
    proposal.setUnitCode(unit);
    Profile profile = proposals.submit(proposal, "sanna");
    consent.accept(fixture.awaitTask(profile, EXPERT_CONSENT).getId(), expertId);
    decisions.decide(
        fixture.awaitTask(profile, MANAGER_DECISION).getId(), Decision.approve(), manager);
    agreement.agree(fixture.taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    fixture.setUp(profile);
    fixture.awaitState(profile.getId(), ProfileState.LISTED);

    Departed departed = leavers.markLeft("admin", expertId, "Moved to another employer");

    assertEquals(List.of(profile.getName()), departed.expertProfilesToClose());
    Task decision = fixture.awaitTask(profile, CLOSURE_DECISION);
    assertEquals(manager, decision.getAssignee());
    List<ProfileEventType> history =
        proposals.profile(profile.getId()).getEvents().stream().map(ProfileEvent::getType).toList();
    assertEquals(
        List.of(ProfileEventType.EXPERT_LEFT, ProfileEventType.CLOSURE_REQUESTED),
        history.subList(history.size() - 2, history.size()));
  }

  private boolean belowOnDashboard(Profile profile) {
    return dashboard.figures("tiina").belowMinimum().stream()
        .anyMatch(below -> below.profileId() == profile.getId());
  }

  private static Proposal proposal(String name, String unit) {
    Proposal proposal = LifecycleFixture.proposal(name);
    proposal.setUnitCode(unit);
    return proposal;
  }

  private static Proposal administeredBy(Proposal proposal, String email, boolean third) {
    proposal.getAdministrators().get(0).setName("Leena Lähtijä");
    proposal.getAdministrators().get(0).setEmail(email);
    if (third) {
      proposal.addAdministrator();
      proposal.getAdministrators().get(2).setName("Kolmas Ylläpitäjä");
      proposal.getAdministrators().get(2).setJobTitle("Suunnittelija");
    }
    return proposal;
  }

  private Profile listed(Proposal proposal, String manager, String holders) throws Exception {
    Profile profile = proposals.submit(proposal, "sanna");
    decisions.decide(
        fixture.taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), manager);
    agreement.agree(fixture.taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setup.registerAccess(fixture.taskOf(profile, REGISTER_ACCESS).getId(), holders, "ilkka");
    setup.recordAccountAddress(
        fixture.taskOf(profile, RECORD_ACCOUNT_ADDRESS).getId(), profile.getAccountUrl(), "sanna");
    return fixture.awaitState(profile.getId(), ProfileState.LISTED);
  }

  private Task followUp(Profile profile, String taskKey) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processDefinitionKey(PersonLeft.PROCESS_KEY)
            .processVariableValueEquals(PersonLeft.VAR_PROFILE_ID, profile.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertNotNull(task, "no " + taskKey + " for " + profile.getName());
    return task;
  }

  private static List<ProfileEventType> types(Profile profile) {
    return profile.getEvents().stream().map(ProfileEvent::getType).toList();
  }
}
