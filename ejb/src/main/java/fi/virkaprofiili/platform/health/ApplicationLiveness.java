package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Whether this JVM should be restarted: only when restarting would help, as with threads stuck in a
 * deadlock. A database outage is no such case (a restart would not bring the database back, and
 * every node would be restarted at once), so liveness does not ask the database: readiness does.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return answer(ManagementFactory.getThreadMXBean());
  }

  static HealthCheckResponse answer(ThreadMXBean threads) {
    long[] deadlocked = threads.findDeadlockedThreads();
    int count = deadlocked == null ? 0 : deadlocked.length;
    return new HealthCheckResponse(
        "virkaprofiili",
        count == 0 ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(Map.of("deadlockedThreads", (long) count)));
  }
}
