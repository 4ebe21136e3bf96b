package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.closure.boundary.ClosureService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code markClosed}: the profile is closed and its listing keeps the redirection (R12). */
@Named(MARK_CLOSED_BEAN)
@Dependent
public class MarkClosedDelegate implements JavaDelegate {

  @Inject private ClosureService closures;

  @Override
  public void execute(DelegateExecution execution) {
    closures.markClosed((Long) execution.getVariable(VAR_PROFILE_ID));
  }
}
