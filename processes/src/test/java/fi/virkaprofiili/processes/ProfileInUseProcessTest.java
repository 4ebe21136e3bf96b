package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A listed profile: periodic reviews, overdue reviews, the end of a campaign, closure requests. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {ProfileLifecycle.RESOURCE, ProfileLifecycle.REVIEW_INTERVAL_RESOURCE})
class ProfileInUseProcessTest {

  private final LifecycleScenario scenario = new LifecycleScenario();

  @BeforeEach
  void replaceDelegates() {
    scenario.replaceDelegates();
  }

  @AfterEach
  void reset() {
    scenario.reset();
  }

  @Test
  void organisationProfileIsReviewedEverySixMonthsAndHasNoActivePeriod() {
    ProcessInstance instance = scenario.listedProfile();

    assertThat(instance).hasPassed(DETERMINE_REVIEW_INTERVAL).isWaitingAt(REVIEW_DUE);
    assertThat(instance).variables().containsEntry(VAR_REVIEW_INTERVAL, "P6M");
    Assertions.assertThat(scenario.jobAt(instance, REVIEW_DUE).getDuedate())
        .isEqualTo(monthsAfterStart(6));
    Assertions.assertThat(scenario.jobAt(instance, CAMPAIGN_PERIOD_ENDED)).isNull();
  }

  @Test
  void existingProfileJoinsItsLifecycleInUseWaitingForItsFirstReview() {
    ProcessInstance instance =
        runtimeService()
            .createProcessInstanceByKey(PROCESS_KEY)
            .setVariables(
                Map.of(
                    VAR_PROFILE_ID,
                    42L,
                    VAR_PROPOSER,
                    "sanna",
                    VAR_UNIT_MANAGER,
                    "markus",
                    VAR_KIND,
                    "ORGANISATION"))
            .startBeforeActivity(IN_USE)
            .execute();

    assertThat(instance).isWaitingAt(REVIEW_DUE).hasNotPassed(MANAGER_DECISION, PUBLISH_LISTING);
    scenario.review(instance, PROPOSE_CLOSURE);
    assertThat(instance).isWaitingAt(CLOSURE_DECISION);
  }

  @Test
  void campaignProfileIsReviewedEveryThreeMonthsAndWaitsForTheEndOfItsPeriod() {
    Date campaignEnds = LifecycleScenario.daysFrom(Date.from(LifecycleScenario.START), 300);
    ProcessInstance instance =
        scenario.listed(scenario.submit(CAMPAIGN, Map.of(VAR_CAMPAIGN_ENDS_ON, campaignEnds)));

    Assertions.assertThat(scenario.jobAt(instance, REVIEW_DUE).getDuedate())
        .isEqualTo(monthsAfterStart(3));
    Assertions.assertThat(scenario.jobAt(instance, CAMPAIGN_PERIOD_ENDED).getDuedate())
        .isEqualTo(campaignEnds);
  }

  @Test
  void reviewDueGoesToTheProfilesOwner() {
    ProcessInstance instance = scenario.listedProfile();

    scenario.fireTimer(instance, REVIEW_DUE);

    assertThat(instance).isWaitingAt(PERIODIC_REVIEW);
    assertThat(task(PERIODIC_REVIEW, instance)).isAssignedTo("sanna");
  }

  @Test
  void reviewThatContinuesWaitsForTheNextReview() {
    ProcessInstance instance = scenario.listedProfile();

    scenario.review(instance, CONTINUE);

    assertThat(instance).isWaitingAt(REVIEW_DUE).hasNotPassed(CLOSURE_DECISION);
    Assertions.assertThat(scenario.jobAt(instance, REVIEW_DUE).getDuedate())
        .isEqualTo(monthsAfterStart(12));
  }

  @Test
  void reviewThatChangesAdministratorsAlsoContinues() {
    ProcessInstance instance = scenario.listedProfile();

    scenario.review(instance, CHANGE_ADMINISTRATORS);
    scenario.review(instance, CONTINUE);

    assertThat(instance).isWaitingAt(REVIEW_DUE);
    Assertions.assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(PERIODIC_REVIEW)
                .finished()
                .count())
        .isEqualTo(2);
  }

  @Test
  void reviewThatProposesClosureGoesToTheManagersClosureDecision() {
    ProcessInstance instance = scenario.listedProfile();

    scenario.review(instance, PROPOSE_CLOSURE);

    assertThat(instance).hasPassed(CLOSURE_PROPOSED).isWaitingAt(CLOSURE_DECISION);
    assertThat(task(CLOSURE_DECISION, instance)).isAssignedTo("markus");
    Assertions.assertThat(scenario.jobAt(instance, REVIEW_DUE)).isNull();
  }

  @Test
  void reviewNotDoneInTimePassesToTheManager() {
    ProcessInstance instance = scenario.listedProfile();
    scenario.fireTimer(instance, REVIEW_DUE);
    Date reviewStarted = Date.from(LifecycleScenario.now());

    Assertions.assertThat(scenario.jobAt(instance, REVIEW_NOT_DONE).getDuedate())
        .isEqualTo(
            Date.from(reviewStarted.toInstant().plus(LifecycleScenario.REVIEW_OVERDUE_AFTER)));
    scenario.fireTimer(instance, REVIEW_NOT_DONE);

    assertThat(instance)
        .hasPassed(REVIEW_NOT_DONE)
        .isWaitingAt(REVIEW_OVERDUE)
        .isNotWaitingAt(PERIODIC_REVIEW);
    assertThat(task(REVIEW_OVERDUE, instance)).isAssignedTo("markus");
    complete(task(REVIEW_OVERDUE, instance), withVariables(VAR_REVIEW_OUTCOME, CONTINUE));
    assertThat(instance).isWaitingAt(REVIEW_DUE);
  }

  @Test
  void managerAnsweringAnOverdueReviewMayProposeClosure() {
    ProcessInstance instance = scenario.listedProfile();
    scenario.fireTimer(instance, REVIEW_DUE);
    scenario.fireTimer(instance, REVIEW_NOT_DONE);

    complete(task(REVIEW_OVERDUE, instance), withVariables(VAR_REVIEW_OUTCOME, PROPOSE_CLOSURE));

    assertThat(instance).isWaitingAt(CLOSURE_DECISION);
  }

  @Test
  void managerMayRequestClosureAtAnyTimeWhileTheProfileIsInUse() {
    ProcessInstance instance = scenario.listedProfile();
    scenario.fireTimer(instance, REVIEW_DUE);

    runtimeService()
        .createMessageCorrelation(CLOSURE_REQUESTED_MESSAGE)
        .processInstanceId(instance.getId())
        .correlate();

    assertThat(instance)
        .hasPassed(CLOSURE_REQUESTED)
        .isWaitingAt(CLOSURE_DECISION)
        .isNotWaitingAt(PERIODIC_REVIEW);
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void endOfACampaignsActivePeriodGoesToTheClosureDecision() {
    Date campaignEnds = LifecycleScenario.daysFrom(Date.from(LifecycleScenario.START), 60);
    ProcessInstance instance =
        scenario.listed(scenario.submit(CAMPAIGN, Map.of(VAR_CAMPAIGN_ENDS_ON, campaignEnds)));

    scenario.fireTimer(instance, CAMPAIGN_PERIOD_ENDED);

    assertThat(instance).hasPassed(CAMPAIGN_ENDED).isWaitingAt(CLOSURE_DECISION);
    Assertions.assertThat(scenario.jobAt(instance, REVIEW_DUE)).isNull();
  }

  @Test
  void campaignKeptWithANewEndOfItsPeriodIsInUseAgain() {
    Date campaignEnds = LifecycleScenario.daysFrom(Date.from(LifecycleScenario.START), 60);
    ProcessInstance instance =
        scenario.listed(scenario.submit(CAMPAIGN, Map.of(VAR_CAMPAIGN_ENDS_ON, campaignEnds)));
    scenario.fireTimer(instance, CAMPAIGN_PERIOD_ENDED);

    Date extended = LifecycleScenario.daysFrom(campaignEnds, 90);
    complete(
        task(CLOSURE_DECISION, instance),
        withVariables(VAR_CLOSURE, KEEP, VAR_CAMPAIGN_ENDS_ON, extended));

    assertThat(instance)
        .isWaitingAt(REVIEW_DUE, CAMPAIGN_PERIOD_ENDED)
        .hasNotPassed(ANNOUNCE_CLOSURE_IN_REGISTRY);
    Assertions.assertThat(scenario.jobAt(instance, CAMPAIGN_PERIOD_ENDED).getDuedate())
        .isEqualTo(extended);
  }

  private static Date monthsAfterStart(int months) {
    return Date.from(
        LifecycleScenario.START
            .atZone(LifecycleScenario.ORGANISATION_ZONE)
            .plusMonths(months)
            .toInstant());
  }
}
