package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** From the proposal to the listing: consent, decision, revision, agreement, set-up, reminders. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {ProfileLifecycle.RESOURCE, ProfileLifecycle.REVIEW_INTERVAL_RESOURCE})
class ProfileLifecycleTest {

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
  void proposalWaitsForTheManagerOfTheOwningUnit() {
    ProcessInstance instance = scenario.submitProposal();

    assertThat(instance).isWaitingAt(MANAGER_DECISION);
    assertThat(task(instance)).isAssignedTo("markus");
  }

  @Test
  void decisionIsDueWhenTheManagerWouldBeReminded() {
    ProcessInstance instance = scenario.submitProposal();

    Assertions.assertThat(task(instance).getDueDate())
        .isEqualTo(new LifecycleScenario.Deadlines().decisionReminder());
  }

  @Test
  void incompleteProposalIsRefusedBeforeAnyoneDecides() {
    Mocks.register(
        CHECK_COMPLETENESS_BEAN,
        (JavaDelegate)
            execution -> {
              throw new BpmnError(PROPOSAL_INCOMPLETE_ERROR, "R3: only one administrator");
            });

    ProcessInstance instance = scenario.submitProposal();

    assertThat(instance)
        .hasPassed(CHECK_COMPLETENESS, PROPOSAL_REFUSED)
        .hasNotPassed(MANAGER_DECISION)
        .isEnded();
  }

  @Test
  void expertProfileWaitsForTheExpertsConsentBeforeTheManager() {
    ProcessInstance instance = scenario.submit(EXPERT, Map.of(VAR_EXPERT, "ilkka"));

    assertThat(instance).isWaitingAt(EXPERT_CONSENT);
    assertThat(task(instance)).isAssignedTo("ilkka");
    complete(task(instance), withVariables(VAR_CONSENT, true));

    assertThat(instance).hasPassed(CONSENT_GIVEN).isWaitingAt(MANAGER_DECISION);
  }

  @Test
  void expertWhoDeclinesEndsTheProposal() {
    ProcessInstance instance = scenario.submit(EXPERT, Map.of(VAR_EXPERT, "ilkka"));

    complete(task(instance), withVariables(VAR_CONSENT, false));

    assertThat(instance).hasPassed(CONSENT_DECLINED).hasNotPassed(MANAGER_DECISION).isEnded();
  }

  @Test
  void completeProposalGoesToTheManager() {
    ProcessInstance instance = scenario.submitProposal();

    assertThat(instance)
        .hasPassed(CHECK_COMPLETENESS)
        .hasNotPassed(EXPERT_CONSENT)
        .isWaitingAt(MANAGER_DECISION);
  }

  @Test
  void proposerWithdrawsBeforeTheDecision() {
    ProcessInstance instance = scenario.submitProposal();

    runtimeService()
        .createMessageCorrelation(PROPOSAL_WITHDRAWN_MESSAGE)
        .processInstanceId(instance.getId())
        .correlate();

    assertThat(instance)
        .hasPassed(PROPOSAL_ENDED_WITHDRAWN)
        .hasNotPassed(PUBLISH_LISTING)
        .isEnded();
    Assertions.assertThat(
            taskService().createTaskQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void approvedProposalIsSetUpByItAndTheProposerBeforeItIsListed() {
    ProcessInstance instance = scenario.submitProposal();

    complete(task(instance), withVariables(VAR_DECISION, APPROVE));
    assertThat(instance).isWaitingAt(COMMUNICATIONS_AGREEMENT);
    assertThat(task(instance)).hasCandidateGroup("communications");
    complete(task(instance), withVariables(VAR_AGREEMENT, AGREE));

    assertThat(instance).isWaitingAt(REGISTER_ACCESS, RECORD_ACCOUNT_ADDRESS);
    assertThat(task(REGISTER_ACCESS, instance)).hasCandidateGroup("it").isNotAssigned();
    assertThat(task(RECORD_ACCOUNT_ADDRESS, instance)).isAssignedTo("sanna");
    complete(task(REGISTER_ACCESS, instance));
    assertThat(instance).isWaitingAt(RECORD_ACCOUNT_ADDRESS).hasNotPassed(PUBLISH_LISTING);
    complete(task(RECORD_ACCOUNT_ADDRESS, instance));
    assertThat(instance).isWaitingAt(SET_UP_DONE).hasNotPassed(PUBLISH_LISTING);
    scenario.executeJobsAt(instance, SET_UP_DONE);

    assertThat(instance).isWaitingAt(PUBLISH_LISTING);
    Assertions.assertThat(scenario.delegateCalls).doesNotContain("publishListing:42");
    execute(scenario.jobAt(instance, PUBLISH_LISTING));
    Assertions.assertThat(scenario.delegateCalls).endsWith("publishListing:42");
    assertThat(instance)
        .hasPassedInOrder(
            MANAGER_DECISION, COMMUNICATIONS_AGREEMENT, PUBLISH_LISTING, PROFILE_LISTED)
        .isWaitingAt(REVIEW_DUE);
  }

  @Test
  void rejectedProposalEndsWithoutListing() {
    ProcessInstance instance = scenario.submitProposal();

    complete(task(instance), withVariables(VAR_DECISION, REJECT));

    assertThat(instance).hasPassed(PROPOSAL_REJECTED).hasNotPassed(PUBLISH_LISTING).isEnded();
    Assertions.assertThat(scenario.delegateCalls).containsExactly("checkCompleteness:42");
  }

  @Test
  void returnedProposalGoesBackToTheProposerAndIsCheckedAndDecidedAgain() {
    ProcessInstance instance = scenario.submitProposal();

    complete(task(instance), withVariables(VAR_DECISION, RETURN));

    assertThat(instance).isWaitingAt(REVISE_PROPOSAL);
    assertThat(task(instance)).isAssignedTo("sanna");
    complete(task(instance));
    assertThat(instance).isWaitingAt(MANAGER_DECISION);
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(CHECK_COMPLETENESS)
                .count())
        .isEqualTo(2);
    scenario.listed(instance);
    assertThat(instance).hasPassed(PROFILE_LISTED).isWaitingAt(REVIEW_DUE);
  }

  @Test
  void communicationsReturnsAnApprovedProposalWithComments() {
    ProcessInstance instance = scenario.submitProposal();
    complete(task(instance), withVariables(VAR_DECISION, APPROVE));

    complete(task(instance), withVariables(VAR_AGREEMENT, RETURN));

    assertThat(instance)
        .hasPassed(REVISION_REQUESTED)
        .isWaitingAt(REVISE_PROPOSAL)
        .hasNotPassed(PUBLISH_LISTING);
    assertThat(task(instance)).isAssignedTo("sanna");
  }

  @Test
  void proposerWithdrawsDuringRevision() {
    ProcessInstance instance = scenario.submitProposal();
    complete(task(instance), withVariables(VAR_DECISION, RETURN));

    runtimeService()
        .createMessageCorrelation(PROPOSAL_WITHDRAWN_MESSAGE)
        .processInstanceId(instance.getId())
        .correlate();

    assertThat(instance).hasPassed(REVISION_ENDED_WITHDRAWN).isEnded();
  }

  @Test
  void failingListingStaysAsJobWithRetriesLeft() {
    Mocks.register(
        PUBLISH_LISTING_BEAN,
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("registry unavailable");
            });
    ProcessInstance instance = scenario.submitProposal();
    complete(task(instance), withVariables(VAR_DECISION, APPROVE));
    complete(task(instance), withVariables(VAR_AGREEMENT, AGREE));
    complete(task(REGISTER_ACCESS, instance));
    complete(task(RECORD_ACCOUNT_ADDRESS, instance));
    scenario.executeJobsAt(instance, SET_UP_DONE);

    // The delegate's failure reaches the caller; the engine records it on the job and retries it
    // later.
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> execute(job(instance)));
    Assertions.assertThat(failure).hasMessage("registry unavailable");

    assertThat(instance).isWaitingAt(PUBLISH_LISTING);
    Assertions.assertThat(job(instance).getRetries()).isEqualTo(2);
    Assertions.assertThat(job(instance).getExceptionMessage()).contains("registry unavailable");
  }

  @Test
  void managerIsRemindedAfterTheReminderDelayAndTheDecisionStillWaits() {
    ProcessInstance instance = scenario.submitProposal();

    scenario.fireTimer(instance, DECISION_REMINDER_DUE);

    assertThat(instance)
        .hasPassed(SEND_DECISION_REMINDER)
        .isWaitingAt(MANAGER_DECISION)
        .hasNotPassed(ESCALATE_DECISION);
    Assertions.assertThat(scenario.delegateCalls).endsWith("sendDecisionReminder:42");
    assertThat(task(instance)).isAssignedTo("markus");
  }

  @Test
  void decisionThatWaitsTooLongIsEscalatedToCommunications() {
    ProcessInstance instance = scenario.submitProposal();
    scenario.fireTimer(instance, DECISION_REMINDER_DUE);

    scenario.fireTimer(instance, DECISION_ESCALATION_DUE);

    assertThat(instance)
        .hasPassed(SEND_DECISION_REMINDER, ESCALATE_DECISION)
        .isWaitingAt(MANAGER_DECISION);
    Assertions.assertThat(scenario.delegateCalls)
        .endsWith("sendDecisionReminder:42", "escalateDecision:42");
  }

  @Test
  void decisionTimersAreDueWhenTheDeadlinesSayAndEndWithTheDecision() {
    ProcessInstance instance = scenario.submitProposal();

    Assertions.assertThat(scenario.jobAt(instance, DECISION_REMINDER_DUE).getDuedate())
        .isEqualTo(new LifecycleScenario.Deadlines().decisionReminder());
    Assertions.assertThat(scenario.jobAt(instance, DECISION_ESCALATION_DUE).getDuedate())
        .isEqualTo(new LifecycleScenario.Deadlines().decisionEscalation());
    complete(task(instance), withVariables(VAR_DECISION, APPROVE));

    Assertions.assertThat(scenario.jobAt(instance, DECISION_REMINDER_DUE)).isNull();
    Assertions.assertThat(scenario.jobAt(instance, DECISION_ESCALATION_DUE)).isNull();
  }
}
