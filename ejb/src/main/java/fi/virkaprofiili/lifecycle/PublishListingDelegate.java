package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.registry.boundary.Registry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code publishListing}: the approved profile enters the public registry. */
@Named(PUBLISH_LISTING_BEAN)
@Dependent
public class PublishListingDelegate implements JavaDelegate {

  @Inject private Registry registry;

  @Override
  public void execute(DelegateExecution execution) {
    registry.publish((Long) execution.getVariable(VAR_PROFILE_ID));
  }
}
