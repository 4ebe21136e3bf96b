package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve people now: start-up has finished (schema migrated, engine running, identity store
 * set up) and the database answers. A load balancer sends nobody to a node that is not, during a
 * database outage as much as during start-up; the reason is in the answer.
 */
@Readiness
@ApplicationScoped
public class ApplicationReadiness implements HealthCheck {

  @Inject private StartupProgress progress;
  @Inject private DatabaseProbe database;

  @Override
  public HealthCheckResponse call() {
    return answer(progress, progress.isReady() ? database.problem() : Optional.empty());
  }

  static HealthCheckResponse answer(StartupProgress progress, Optional<String> databaseProblem) {
    boolean ready = progress.isReady() && databaseProblem.isEmpty();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("schemaMigrated", progress.isSchemaMigrated());
    data.put("engineRunning", progress.isEngineRunning());
    data.put("identityReady", progress.isIdentityReady());
    data.put("databaseAnswers", ready);
    databaseProblem.ifPresent(problem -> data.put("database", problem));
    if (!progress.isReady()) {
      progress
          .reason()
          .ifPresent(reason -> data.put(progress.isStopped() ? "stopped" : "waiting", reason));
    }
    return new HealthCheckResponse(
        "virkaprofiili", ready ? Status.UP : Status.DOWN, Optional.of(data));
  }
}
