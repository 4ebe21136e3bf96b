package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.DECISION_REMINDER_DUE;
import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;
import static fi.virkaprofiili.web.it.LifecycleFixture.await;
import static fi.virkaprofiili.web.it.LifecycleFixture.proposal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.leaver.boundary.Leavers;
import fi.virkaprofiili.organisation.boundary.Absences;
import fi.virkaprofiili.organisation.boundary.UnitStructure;
import fi.virkaprofiili.organisation.entity.Absence;
import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.processes.ManagerAway;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.UnitEvent;
import fi.virkaprofiili.profile.entity.UnitEventType;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deputies on the real WAR (issue 12, item 5): the manager records an absence, the job executor's
 * timer gives the unit's open decisions to the deputy and new ones go to them, the deputy's own
 * proposal never does, and after the absence everything still open goes back, the manager told by
 * e-mail each time; a hand-over undone moves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DeputiesIT {

  @Inject private ProcessEngine engine;
  @Inject private Absences absences;
  @Inject private Leavers leavers;
  @Inject private UnitStructure structure;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private LifecycleFixture fixture;
  @Inject private OutboxRows outbox;
  @Inject private OrganisationTime time;
  @Resource private UserTransaction transaction;

  @Test
  void aDeputyOfAPlannedAbsenceCannotBeMarkedAsLeftUntilTheAbsenceIsCalledOff() throws Exception {
    String manager = newManager();
    // a manager who manages no unit: only that keeps them from being marked as left
    String deputy = "x" + UUID.randomUUID().toString().substring(0, 8);
    fixture.staffMember(deputy, "Dee", "Deputy", deputy + "@example.org");
    engine.getIdentityService().createMembership(deputy, Roles.MANAGERS);
    String unit = "it-" + manager;
    LocalDate nextWeek = time.today().plusDays(7);
    Absence absence =
        absences.record(unit, deputy, nextWeek, nextWeek.plusDays(7), "Leave", manager);

    ConflictException refused =
        assertThrows(ConflictException.class, () -> leavers.markLeft("admin", deputy, "Left"));
    assertEquals("leaver.deputises", refused.messageKey());

    absences.callOff(absence.getId(), manager);
    assertEquals(deputy, leavers.markLeft("admin", deputy, "Left").userId());
  }

  @Test
  void theDeputyDecidesWhileTheManagerIsAwayButNeverTheirOwnProposalAndTasksComeBackAfter()
      throws Exception {
    String manager = newManager();
    String deputy = newManager();
    String unit = "it-" + manager;
    Profile sannas = submit(unit, "sanna");
    Profile deputys = submit(unit, deputy);
    assertEquals(manager, decisionOf(sannas).getAssignee());

    LocalDate today = time.today();
    for (String who : List.of("sanna", deputy, "tiina")) {
      assertThrows(
          NotPermittedException.class,
          () -> absences.record(unit, deputy, today, today.plusDays(7), "Holiday", who),
          who + " may not record the manager's absence");
    }
    Absence absence =
        absences.record(unit, deputy, today, today.plusDays(7), "Summer holiday", manager);

    await(
        () -> state(unit, absence.getId(), Absence.State.ONGOING),
        "the job executor did not start the absence");
    assertEquals(deputy, decisionOf(sannas).getAssignee(), "the open decision went to the deputy");
    assertEquals(
        manager, decisionOf(deputys).getAssignee(), "the deputy's own proposal stays with manager");
    Profile later = submit(unit, "sanna");
    assertEquals(deputy, decisionOf(later).getAssignee(), "a new decision goes to the deputy");
    String deputysTask = decisionOf(deputys).getId();
    assertThrows(
        NotPermittedException.class,
        () -> decisions.decide(deputysTask, Decision.approve(), deputy),
        "nobody decides their own proposal, deputy or not");
    String sannasTask = decisionOf(sannas).getId();
    assertThrows(
        NotPermittedException.class,
        () -> decisions.decide(sannasTask, Decision.approve(), manager),
        "the task is the deputy's while the manager is away");
    fixture.fireTimer(sannas, DECISION_REMINDER_DUE);
    List<String> reminded =
        await(
            () -> {
              List<String> to = recipients("decision-reminder/" + sannasTask + "/%");
              return to.isEmpty() ? null : to;
            },
            "no reminder of the waiting decision");
    assertEquals(List.of(deputy + "@example.org"), reminded, "the reminder goes to the deputy");
    decisions.decide(decisionOf(later).getId(), Decision.approve(), deputy);
    assertEquals(ProfileState.APPROVED, proposals.profile(later.getId()).getState());
    assertEquals(
        List.of(manager + "@example.org"),
        recipients("deputy-started/" + absence.getId() + "/%"),
        "the manager is told");

    endNow(absence);
    await(
        () -> state(unit, absence.getId(), Absence.State.ENDED),
        "the job executor did not end the absence");

    assertEquals(manager, decisionOf(sannas).getAssignee(), "the open decision came back");
    assertEquals(manager, decisionOf(deputys).getAssignee());
    assertEquals(
        List.of(manager + "@example.org"), recipients("deputy-ended/" + absence.getId() + "/%"));
    decisions.decide(decisionOf(sannas).getId(), Decision.approve(), manager);
    assertEquals(ProfileState.APPROVED, proposals.profile(sannas.getId()).getState());
    List<UnitEventType> history =
        structure.history("admin", unit).stream().map(UnitEvent::getType).toList();
    assertTrue(history.contains(UnitEventType.DEPUTY_STARTED), history.toString());
    assertTrue(history.contains(UnitEventType.DEPUTY_ENDED), history.toString());
    assertNull(structure.unit("admin", unit).getDeputyId());
  }

  @Test
  void aHandOverUndoneLeavesNothingHalfMoved() throws Exception {
    String manager = newManager();
    String deputy = newManager();
    String unit = "it-" + manager;
    Profile profile = submit(unit, "sanna");
    LocalDate tomorrow = time.today().plusDays(1);
    Absence absence =
        absences.record(unit, deputy, tomorrow, tomorrow.plusDays(3), "Course", "admin");

    transaction.begin();
    Absences.HandedOver done = absences.handOver(absence.getId());
    assertEquals(1, done.tasks());
    assertEquals(deputy, decisionOf(profile).getAssignee(), "inside the transaction");
    transaction.rollback();

    assertEquals(manager, decisionOf(profile).getAssignee());
    assertEquals(Absence.State.PLANNED, absences.of("admin", unit).get(0).getState());
    assertNull(structure.unit("admin", unit).getDeputyId());
    assertTrue(
        structure.history("admin", unit).stream()
            .noneMatch(e -> e.getType() == UnitEventType.DEPUTY_STARTED));
  }

  @Test
  void anAbsenceCalledOffGivesBackWhatIsOpenAndAPlannedOneNeverStarts() throws Exception {
    String manager = newManager();
    String deputy = newManager();
    String unit = "it-" + manager;
    Profile profile = submit(unit, "sanna");
    LocalDate today = time.today();
    Absence planned =
        absences.record(unit, deputy, today.plusDays(5), today.plusDays(9), "Course", manager);
    assertThrows(NotPermittedException.class, () -> absences.callOff(planned.getId(), "sanna"));

    absences.callOff(planned.getId(), manager);

    assertEquals(Absence.State.CANCELLED, absences.of(manager, unit).get(0).getState());
    assertEquals(
        0,
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(planned.getProcessInstanceId())
            .count(),
        "its timers are gone");
    assertThrows(ConflictException.class, () -> absences.callOff(planned.getId(), manager));

    Absence ongoing = absences.record(unit, deputy, today, today.plusDays(9), "Ill", manager);
    await(
        () -> state(unit, ongoing.getId(), Absence.State.ONGOING),
        "the job executor did not start the absence");
    assertEquals(deputy, decisionOf(profile).getAssignee());

    Absences.HandedOver back = absences.callOff(ongoing.getId(), "admin");

    assertEquals(1, back.tasks());
    assertEquals(manager, decisionOf(profile).getAssignee(), "back with the manager at once");
    assertNotNull(state(unit, ongoing.getId(), Absence.State.ENDED));
    assertNull(structure.unit("admin", unit).getDeputyId());
  }

  @Test
  void aDeputyIsAnotherManagerForAPeriodThatIsNotOverAndOverlapsNoOther() {
    String manager = newManager();
    String deputy = newManager();
    String unit = "it-" + manager;
    LocalDate today = time.today();

    assertThrows(
        InvalidRequestException.class,
        () -> absences.record(unit, "sanna", today, today.plusDays(1), "Staff", manager));
    assertThrows(
        InvalidRequestException.class,
        () -> absences.record(unit, manager, today, today.plusDays(1), "Self", manager));
    assertThrows(
        InvalidRequestException.class,
        () -> absences.record(unit, deputy, today, today.minusDays(1), "Backwards", manager));
    assertThrows(
        InvalidRequestException.class,
        () ->
            absences.record(unit, deputy, today.minusDays(9), today.minusDays(2), "Over", manager));
    absences.record(unit, deputy, today.plusDays(10), today.plusDays(20), "Planned", manager);
    assertThrows(
        ConflictException.class,
        () ->
            absences.record(unit, deputy, today.plusDays(20), today.plusDays(25), "Both", manager));
    assertEquals(1, absences.of(manager, unit).size());
  }

  /** The absence, once it is in that state; null until then. */
  private Absence state(String unit, long absenceId, Absence.State state) {
    Absence absence =
        absences.of("admin", unit).stream()
            .filter(a -> a.getId() == absenceId)
            .findFirst()
            .orElseThrow();
    return absence.getState() == state ? absence : null;
  }

  /** The end timer made due now, as if the last day were over; the job executor fires it. */
  private void endNow(Absence absence) throws InterruptedException {
    Job timer =
        await(
            () ->
                engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(absence.getProcessInstanceId())
                    .activityId(ManagerAway.ABSENCE_ENDS)
                    .timers()
                    .singleResult(),
            "no end timer");
    engine
        .getManagementService()
        .setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(1)));
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor()
        .jobWasAdded();
  }

  private Profile submit(String unit, String proposer) {
    Proposal proposal = proposal("Deputy " + UUID.randomUUID());
    proposal.setUnitCode(unit);
    return proposals.submit(proposal, proposer);
  }

  private org.camunda.bpm.engine.task.Task decisionOf(Profile profile) {
    return fixture.taskOf(profile, MANAGER_DECISION);
  }

  private List<String> recipients(String keyPattern) {
    return outbox.rows(keyPattern).stream().map(OutboxRows.Row::recipient).toList();
  }

  private String newManager() {
    String manager = "d" + UUID.randomUUID().toString().substring(0, 8);
    fixture.ownUnit(manager);
    return manager;
  }
}
