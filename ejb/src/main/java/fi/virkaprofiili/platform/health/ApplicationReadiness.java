package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated, the engine runs and the identity store is set up. */
@Readiness
@ApplicationScoped
public class ApplicationReadiness implements HealthCheck {

  @Inject private StartupProgress progress;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("virkaprofiili")
        .status(progress.isReady())
        .withData("schemaMigrated", progress.isSchemaMigrated())
        .withData("engineRunning", progress.isEngineRunning())
        .withData("identityReady", progress.isIdentityReady())
        .build();
  }
}
