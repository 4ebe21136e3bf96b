package fi.virkaprofiili.processes;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import org.assertj.core.api.Assertions;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = ProfileLifecycle.RESOURCE)
class ProfileLifecycleTest {

  private final List<Object> publishedProfiles = new ArrayList<>();

  @BeforeEach
  void replaceDelegates() {
    Mocks.register(CHECK_COMPLETENESS_BEAN, (JavaDelegate) execution -> {});
    JavaDelegate publishListing =
        execution -> publishedProfiles.add(execution.getVariable(VAR_PROFILE_ID));
    Mocks.register(PUBLISH_LISTING_BEAN, publishListing);
  }

  @AfterEach
  void clearDelegates() {
    Mocks.reset();
  }

  @Test
  void proposalWaitsForTheManagerOfTheOwningUnit() {
    ProcessInstance instance = submitProposal();

    assertThat(instance).isWaitingAt(MANAGER_DECISION);
    assertThat(task(instance)).isAssignedTo("markus");
  }

  @Test
  void incompleteProposalIsRefusedBeforeAnyoneDecides() {
    Mocks.register(
        CHECK_COMPLETENESS_BEAN,
        (JavaDelegate)
            execution -> {
              throw new BpmnError(PROPOSAL_INCOMPLETE_ERROR, "R3: only one administrator");
            });

    ProcessInstance instance = submitProposal();

    assertThat(instance).hasPassed(CHECK_COMPLETENESS, PROPOSAL_REFUSED).hasNotPassed(MANAGER_DECISION).isEnded();
  }

  @Test
  void expertProfileWaitsForTheExpertsConsentBeforeTheManager() {
    ProcessInstance instance = submitExpertProfile();

    assertThat(instance).isWaitingAt(EXPERT_CONSENT);
    assertThat(task(instance)).isAssignedTo("ilkka");
    complete(task(instance), withVariables(VAR_CONSENT, true));

    assertThat(instance).hasPassed(CONSENT_GIVEN).isWaitingAt(MANAGER_DECISION);
  }

  @Test
  void expertWhoDeclinesEndsTheProposal() {
    ProcessInstance instance = submitExpertProfile();

    complete(task(instance), withVariables(VAR_CONSENT, false));

    assertThat(instance).hasPassed(CONSENT_DECLINED).hasNotPassed(MANAGER_DECISION).isEnded();
  }

  @Test
  void completeProposalGoesToTheManager() {
    ProcessInstance instance = submitProposal();

    assertThat(instance).hasPassed(CHECK_COMPLETENESS).hasNotPassed(EXPERT_CONSENT).isWaitingAt(MANAGER_DECISION);
  }

  @Test
  void proposerWithdrawsBeforeTheDecision() {
    ProcessInstance instance = submitProposal();

    runtimeService().createMessageCorrelation(PROPOSAL_WITHDRAWN_MESSAGE).processInstanceId(instance.getId()).correlate();

    assertThat(instance).hasPassed(PROPOSAL_ENDED_WITHDRAWN).hasNotPassed(PUBLISH_LISTING).isEnded();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void approvedProposalIsListed() {
    ProcessInstance instance = submitProposal();

    complete(task(instance), withVariables(VAR_DECISION, APPROVE));
    assertThat(instance).isWaitingAt(COMMUNICATIONS_AGREEMENT);
    assertThat(task(instance)).hasCandidateGroup("communications");
    complete(task(instance), withVariables(VAR_AGREEMENT, AGREE));

    assertThat(instance).isWaitingAt(PUBLISH_LISTING);
    Assertions.assertThat(publishedProfiles).isEmpty();
    execute(job(instance));
    Assertions.assertThat(publishedProfiles).containsExactly(42L);
    assertThat(instance).hasPassedInOrder(MANAGER_DECISION, COMMUNICATIONS_AGREEMENT, PUBLISH_LISTING).isEnded();
    assertThat(instance).hasPassed(PROFILE_LISTED);
  }

  @Test
  void rejectedProposalEndsWithoutListing() {
    ProcessInstance instance = submitProposal();

    complete(task(instance), withVariables(VAR_DECISION, REJECT));

    assertThat(instance).hasPassed(PROPOSAL_REJECTED).hasNotPassed(PUBLISH_LISTING).isEnded();
    Assertions.assertThat(publishedProfiles).isEmpty();
  }

  @Test
  void returnedProposalGoesBackToTheProposerAndIsCheckedAndDecidedAgain() {
    ProcessInstance instance = submitProposal();

    complete(task(instance), withVariables(VAR_DECISION, RETURN));

    assertThat(instance).isWaitingAt(REVISE_PROPOSAL);
    assertThat(task(instance)).isAssignedTo("sanna");
    complete(task(instance));
    assertThat(instance).isWaitingAt(MANAGER_DECISION);
    Assertions.assertThat(
            historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(CHECK_COMPLETENESS).count())
        .isEqualTo(2);
    complete(task(instance), withVariables(VAR_DECISION, APPROVE));
    complete(task(instance), withVariables(VAR_AGREEMENT, AGREE));
    execute(job(instance));
    assertThat(instance).hasPassed(PROFILE_LISTED).isEnded();
  }

  @Test
  void communicationsReturnsAnApprovedProposalWithComments() {
    ProcessInstance instance = submitProposal();
    complete(task(instance), withVariables(VAR_DECISION, APPROVE));

    complete(task(instance), withVariables(VAR_AGREEMENT, RETURN));

    assertThat(instance).hasPassed(REVISION_REQUESTED).isWaitingAt(REVISE_PROPOSAL).hasNotPassed(PUBLISH_LISTING);
    assertThat(task(instance)).isAssignedTo("sanna");
  }

  @Test
  void proposerWithdrawsDuringRevision() {
    ProcessInstance instance = submitProposal();
    complete(task(instance), withVariables(VAR_DECISION, RETURN));

    runtimeService().createMessageCorrelation(PROPOSAL_WITHDRAWN_MESSAGE).processInstanceId(instance.getId()).correlate();

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
    ProcessInstance instance = submitProposal();
    complete(task(instance), withVariables(VAR_DECISION, APPROVE));
    complete(task(instance), withVariables(VAR_AGREEMENT, AGREE));

    try {
      execute(job(instance));
    } catch (IllegalStateException expected) {
      // the engine records the failure on the job and retries it later
    }

    assertThat(instance).isWaitingAt(PUBLISH_LISTING);
    Assertions.assertThat(job(instance).getRetries()).isEqualTo(2);
    Assertions.assertThat(job(instance).getExceptionMessage()).contains("registry unavailable");
  }

  private ProcessInstance submitProposal() {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            "42",
            Map.of(VAR_PROFILE_ID, 42L, VAR_PROPOSER, "sanna", VAR_UNIT_MANAGER, "markus", VAR_KIND, "ORGANISATION"));
  }

  private ProcessInstance submitExpertProfile() {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            "43",
            Map.of(VAR_PROFILE_ID, 43L, VAR_PROPOSER, "sanna", VAR_UNIT_MANAGER, "markus", VAR_KIND, EXPERT,
                VAR_EXPERT, "ilkka"));
  }
}
