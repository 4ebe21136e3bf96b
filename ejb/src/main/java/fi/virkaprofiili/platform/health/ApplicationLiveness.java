package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Whether this JVM should be restarted: only when restarting would help, as with threads stuck in a
 * deadlock. A database outage is no such case (a restart would not bring the database back, and
 * every node would be restarted at once), so liveness does not ask the database: readiness does.
 *
 * <p>Which threads are stuck, on which locks and where, goes to the log once for each new set of
 * them, and never into the answer, which anyone may read.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(ApplicationLiveness.class.getName());

  private static final AtomicReference<Set<Long>> LOGGED = new AtomicReference<>(Set.of());

  @Override
  public HealthCheckResponse call() {
    return answer(ManagementFactory.getThreadMXBean());
  }

  static HealthCheckResponse answer(ThreadMXBean threads) {
    long[] deadlocked = threads.findDeadlockedThreads();
    int count = deadlocked == null ? 0 : deadlocked.length;
    if (count > 0) {
      logOnce(threads, deadlocked);
    }
    return new HealthCheckResponse(
        "virkaprofiili",
        count == 0 ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(Map.of("deadlockedThreads", (long) count)));
  }

  private static void logOnce(ThreadMXBean threads, long[] deadlocked) {
    Set<Long> ids = Arrays.stream(deadlocked).boxed().collect(Collectors.toSet());
    if (ids.equals(LOGGED.getAndSet(ids))) {
      return;
    }
    // ThreadInfo's own text: each thread's state, the lock it waits for and who holds it, and
    // the top of its stack.
    String stuck =
        Arrays.stream(threads.getThreadInfo(deadlocked, true, true))
            .filter(info -> info != null)
            .map(ThreadInfo::toString)
            .collect(Collectors.joining());
    LOG.severe(
        () ->
            deadlocked.length
                + " threads are deadlocked, so liveness says DOWN and the JVM should be"
                + " restarted:\n"
                + stuck);
  }
}
