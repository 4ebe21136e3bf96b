package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code checkCompleteness}: an incomplete proposal ends before anyone decides it. */
@Named(CHECK_COMPLETENESS_BEAN)
@Dependent
public class CheckCompletenessDelegate implements JavaDelegate {

  @Inject private ProposalService proposals;

  @Override
  public void execute(DelegateExecution execution) {
    List<String> missing =
        proposals.checkCompleteness((Long) execution.getVariable(VAR_PROFILE_ID));
    if (!missing.isEmpty()) {
      throw new BpmnError(
          PROPOSAL_INCOMPLETE_ERROR, "The proposal does not meet " + String.join(", ", missing));
    }
  }
}
