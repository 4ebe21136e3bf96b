package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.dashboard.boundary.Dashboard;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures.WaitingDecisions;
import fi.virkaprofiili.organisation.boundary.UnitProfile;
import fi.virkaprofiili.organisation.boundary.UnitProfiles;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.progress.boundary.ProcessProgress;
import fi.virkaprofiili.progress.boundary.Progress;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.setup.boundary.AccessRegister;
import fi.virkaprofiili.setup.boundary.AccountAccess;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overviews in the deployed application: the dashboard's figures, the managers' list of their
 * units' profiles, IT's register of accounts and the diagram's progress. Each test compares what it
 * seeds before and after, so the demo data and the other tests' profiles do not matter; and each
 * checks who is refused.
 */
@ExtendWith(ArquillianExtension.class)
class OverviewIT {

  @Inject private ProcessEngine engine;
  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private Dashboard dashboard;
  @Inject private UnitProfiles unitProfiles;
  @Inject private AccessRegister accessRegister;
  @Inject private ProcessProgress progress;

  @Test
  void dashboardCountsProfilesAndDecisionsAndOnlyCommunicationsAndManagersSeeIt() throws Exception {
    assertThrows(NotPermittedException.class, () -> dashboard.figures("sanna"), "staff");
    assertThrows(NotPermittedException.class, () -> dashboard.figures("ilkka"), "IT");
    DashboardFigures before = dashboard.figures("tiina");

    proposals.submit(LifecycleFixture.proposal(unique("Waiting")), "sanna");
    fixture.listedProfile(unique("Listed"));
    DashboardFigures after = dashboard.figures("markus");

    assertEquals(
        before.byState().get(ProfileState.IN_DECISION) + 1,
        after.byState().get(ProfileState.IN_DECISION));
    assertEquals(
        before.byState().get(ProfileState.LISTED) + 1, after.byState().get(ProfileState.LISTED));
    assertEquals(
        before.byChannel().getOrDefault(Channel.INSTAGRAM, 0L) + 1,
        after.byChannel().get(Channel.INSTAGRAM));
    assertEquals(unitCount(before, "culture") + 1, unitCount(after, "culture"));
    assertEquals(unitCount(before, "communications"), unitCount(after, "communications"));
    WaitingDecisions decisionsBefore = decisions(before, MANAGER_DECISION);
    WaitingDecisions decisionsAfter = decisions(after, MANAGER_DECISION);
    assertEquals(
        decisionsBefore.underAWeek() + 1,
        decisionsAfter.underAWeek(),
        "the new proposal waits, for less than a week");
    assertEquals(decisionsBefore.total() + 1, decisionsAfter.total());
    assertNotNull(decisionsAfter.oldestSince());
  }

  @Test
  void dashboardCountsReviewsDueSoonWithTheOwnerAndOverdue() throws Exception {
    Profile soon = fixture.listedProfile(unique("Due soon"));
    Profile late = fixture.listedProfile(unique("Late"));
    DashboardFigures.Reviews before = dashboard.figures("tiina").reviews();

    Job timer = reviewTimer(soon);
    engine
        .getManagementService()
        .setJobDuedate(timer.getId(), Date.from(Instant.now().plus(Duration.ofDays(10))));
    assertEquals(
        before.dueSoon() + 1, dashboard.figures("tiina").reviews().dueSoon(), "due in 10 days");

    fixture.fireTimer(late, REVIEW_DUE);
    fixture.awaitTask(late, PERIODIC_REVIEW);
    assertEquals(
        before.waitingForOwner() + 1, dashboard.figures("tiina").reviews().waitingForOwner());
    fixture.fireTimer(late, REVIEW_NOT_DONE);
    fixture.awaitTask(late, REVIEW_OVERDUE);
    DashboardFigures.Reviews after = dashboard.figures("tiina").reviews();
    assertEquals(before.overdue() + 1, after.overdue());
    assertEquals(
        before.waitingForOwner(), after.waitingForOwner(), "the overdue review left its owner");
  }

  @Test
  void managerSeesTheUnitsProfilesAPageAtATimeWithTheirNextReviewAndOverdueOnesMarked()
      throws Exception {
    assertThrows(NotPermittedException.class, () -> unitProfiles.count("sanna"), "manages no unit");
    assertThrows(
        NotPermittedException.class,
        () -> unitProfiles.page("ilkka", 0, 10, UnitProfiles.Order.NAME, true),
        "manages no unit");
    // A unit of its own: the manager's list holds this test's profiles and nothing else.
    String manager = "m" + UUID.randomUUID().toString().substring(0, 8);
    String unit = fixture.ownUnit(manager);
    Profile kept = fixture.listedProfile(unique("Kept"), unit, manager);
    Profile late = fixture.listedProfile(unique("Overdue"), unit, manager);
    fixture.fireTimer(late, REVIEW_DUE);
    fixture.awaitTask(late, PERIODIC_REVIEW);
    fixture.fireTimer(late, REVIEW_NOT_DONE);
    fixture.awaitTask(late, REVIEW_OVERDUE);

    long total = unitProfiles.count(manager);
    assertEquals(2, total, "the unit's own profiles");
    Rows<UnitProfile> all =
        unitProfiles.page(manager, 0, UnitProfiles.MAX_PAGE, UnitProfiles.Order.NAME, true);
    assertEquals(total, all.total());
    List<String> names = all.rows().stream().map(UnitProfile::name).toList();
    List<String> descending =
        unitProfiles
            .page(manager, 0, UnitProfiles.MAX_PAGE, UnitProfiles.Order.NAME, false)
            .rows()
            .stream()
            .map(UnitProfile::name)
            .toList();
    List<String> reversed = new java.util.ArrayList<>(names);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, descending, "ordered by name, by the database's collation");

    UnitProfile keptRow = row(all, kept);
    assertFalse(keptRow.review().overdue());
    assertFalse(keptRow.review().open());
    assertEquals(
        reviewTimer(kept).getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS),
        keptRow.review().due().truncatedTo(ChronoUnit.SECONDS),
        "the next review is when its timer falls due");
    UnitProfile lateRow = row(all, late);
    assertTrue(lateRow.review().overdue());
    assertTrue(lateRow.review().open());

    Rows<UnitProfile> first = unitProfiles.page(manager, 0, 1, UnitProfiles.Order.NAME, true);
    Rows<UnitProfile> second = unitProfiles.page(manager, 1, 1, UnitProfiles.Order.NAME, true);
    assertEquals(1, first.rows().size());
    assertEquals(total, first.total());
    assertEquals(names.get(0), first.rows().get(0).name());
    assertEquals(names.get(1), second.rows().get(0).name());
    assertTrue(
        unitProfiles
            .page("markus", 0, UnitProfiles.MAX_PAGE, UnitProfiles.Order.NAME, true)
            .rows()
            .stream()
            .noneMatch(profile -> profile.id() == kept.getId()),
        "another unit's manager does not see it");
  }

  @Test
  void itSeesEveryOfficialAccountAndWhoHoldsAccessAndNobodyElseDoes() throws Exception {
    assertThrows(
        NotPermittedException.class, () -> accessRegister.count("markus", null), "manager");
    assertThrows(
        NotPermittedException.class, () -> accessRegister.accounts("sanna", null, 0, 10), "staff");
    String name = unique("Account");
    Profile listed = fixture.listedProfile(name);
    String waiting = unique("Not yet an account");
    proposals.submit(LifecycleFixture.proposal(waiting), "sanna");

    Rows<AccountAccess> found = accessRegister.accounts("ilkka", name, 0, 10);
    assertEquals(1, found.total());
    AccountAccess account = found.rows().get(0);
    assertEquals("IT admin account; both administrators as editors", account.holders());
    assertEquals("ilkka", account.registeredBy());
    assertEquals(listed.getAccountUrl(), account.accountUrl());
    assertTrue(account.accountUrl().startsWith("https://www.instagram.com/library_it_"));
    assertEquals(0, accessRegister.count("ilkka", waiting), "a proposal has no account yet");
    long all = accessRegister.count("ilkka", null);
    assertEquals(Math.min(all, 2), accessRegister.accounts("ilkka", null, 0, 2).rows().size());
  }

  @Test
  void progressNamesTheCurrentStepAndThoseDoneForThoseWhoMaySeeTheProfile() throws Exception {
    Profile waiting = proposals.submit(LifecycleFixture.proposal(unique("Progress")), "sanna");
    long id = waiting.getId();
    assertThrows(
        NotPermittedException.class,
        () -> progress.of(id, "ilkka"),
        "neither proposer nor manager");
    assertThrows(NotPermittedException.class, () -> progress.diagram(id, "ilkka"));

    Progress seen = progress.of(id, "sanna");
    assertEquals(List.of(MANAGER_DECISION), seen.currentIds());
    assertEquals("Decide the proposal", seen.current().get(0).name());
    assertTrue(
        seen.completed().containsAll(List.of(PROPOSAL_SUBMITTED, CHECK_COMPLETENESS)),
        seen.completed().toString());
    assertFalse(seen.completed().contains(MANAGER_DECISION));
    assertEquals(
        seen.currentIds(),
        progress.of(id, "markus").currentIds(),
        "the unit's manager sees it too");
    String xml = progress.diagram(id, "sanna");
    assertTrue(xml.contains("id=\"" + MANAGER_DECISION + "\""));
    assertTrue(xml.contains("bpmnElement=\"" + MANAGER_DECISION + "\""), "with its diagram shape");
  }

  private Job reviewTimer(Profile profile) throws InterruptedException {
    return LifecycleFixture.await(
        () ->
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(profile.getProcessInstanceId())
                .activityId(REVIEW_DUE)
                .timers()
                .singleResult(),
        "no review timer for " + profile.getName());
  }

  private static UnitProfile row(Rows<UnitProfile> rows, Profile profile) {
    return rows.rows().stream()
        .filter(row -> row.id() == profile.getId())
        .findFirst()
        .orElseThrow(() -> new AssertionError(profile.getName() + " is not in the unit's list"));
  }

  private static long unitCount(DashboardFigures figures, String unitCode) {
    return figures.byUnit().stream()
        .filter(count -> count.unit().getCode().equals(unitCode))
        .findFirst()
        .orElseThrow()
        .profiles();
  }

  private static WaitingDecisions decisions(DashboardFigures figures, String taskKey) {
    return figures.decisions().stream()
        .filter(waiting -> waiting.taskKey().equals(taskKey))
        .findFirst()
        .orElseThrow();
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
