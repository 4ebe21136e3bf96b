package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the engine can still reach its database. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Inject private ManagementService managementService;

  @Override
  public HealthCheckResponse call() {
    try {
      managementService.getProperties();
      return HealthCheckResponse.up("virkaprofiili");
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("virkaprofiili")
          .down()
          .withData("error", e.getMessage())
          .build();
    }
  }
}
