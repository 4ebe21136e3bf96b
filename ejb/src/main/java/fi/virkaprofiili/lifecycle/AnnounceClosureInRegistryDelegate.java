package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.closure.boundary.ClosureService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Serves {@code announceClosureInRegistry}: the public listing says when the profile closes and
 * where its users go (R12).
 */
@Named(ANNOUNCE_CLOSURE_IN_REGISTRY_BEAN)
@Dependent
public class AnnounceClosureInRegistryDelegate implements JavaDelegate {

  @Inject private ClosureService closures;

  @Override
  public void execute(DelegateExecution execution) {
    closures.announceClosure((Long) execution.getVariable(VAR_PROFILE_ID));
  }
}
