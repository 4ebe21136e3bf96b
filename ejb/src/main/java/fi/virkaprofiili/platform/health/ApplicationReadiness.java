package fi.virkaprofiili.platform.health;

import fi.virkaprofiili.platform.database.SchemaMigration;
import fi.virkaprofiili.platform.engine.ProcessEngineBootstrap;
import fi.virkaprofiili.platform.identity.IdentitySetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated, the engine runs and the identity store is set up. */
@Readiness
@ApplicationScoped
public class ApplicationReadiness implements HealthCheck {

  @Inject private SchemaMigration schema;
  @Inject private ProcessEngineBootstrap engine;
  @Inject private IdentitySetup identity;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("virkaprofiili")
        .status(schema.isMigrated() && engine.isRunning() && identity.isReady())
        .withData("schemaMigrated", schema.isMigrated())
        .withData("engineRunning", engine.isRunning())
        .withData("identityReady", identity.isReady())
        .build();
  }
}
