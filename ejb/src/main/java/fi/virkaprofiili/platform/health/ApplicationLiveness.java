package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * <p>The JVM's deadlock detection also names a cycle in which one thread waits with a time-out
 * ({@code tryLock(timeout)}): such a cycle breaks by itself when the time-out expires, and only
 * then does the waiting thread give up. Under load, during a database outage, a node had such a
 * passing cycle and said DOWN while it went on serving afterwards (issue 15); so a thread counts as
 * stuck only when no thread it waits on, directly or through the owners of their locks, waits with
 * a time-out.
 *
 * <p>Which threads are in a cycle, on which locks and where, goes to the log once for each new set
 * of them (SEVERE when stuck, WARNING when the cycle will break by itself), and never into the
 * answer, which anyone may read.
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
    long[] inCycles = threads.findDeadlockedThreads();
    if (inCycles == null || inCycles.length == 0) {
      return response(0);
    }
    ThreadInfo[] infos = threads.getThreadInfo(inCycles, true, true);
    List<ThreadInfo> stuck = stuck(infos);
    logOnce(infos, stuck.size());
    return response(stuck.size());
  }

  private static HealthCheckResponse response(long stuck) {
    return new HealthCheckResponse(
        "virkaprofiili",
        stuck == 0 ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(Map.of("deadlockedThreads", stuck)));
  }

  /**
   * The threads of the cycles that nothing will break: following the owner of the lock each waits
   * for never reaches a thread that waits with a time-out.
   */
  static List<ThreadInfo> stuck(ThreadInfo[] inCycles) {
    Map<Long, ThreadInfo> byId = new HashMap<>();
    for (ThreadInfo info : inCycles) {
      if (info != null) {
        byId.put(info.getThreadId(), info);
      }
    }
    List<ThreadInfo> stuck = new ArrayList<>();
    for (ThreadInfo info : byId.values()) {
      if (!waitsOnATimeOut(info, byId)) {
        stuck.add(info);
      }
    }
    return stuck;
  }

  private static boolean waitsOnATimeOut(ThreadInfo thread, Map<Long, ThreadInfo> byId) {
    Set<Long> seen = new HashSet<>();
    for (ThreadInfo next = thread; next != null && seen.add(next.getThreadId()); ) {
      if (next.getThreadState() == Thread.State.TIMED_WAITING) {
        return true;
      }
      next = byId.get(next.getLockOwnerId());
    }
    return false;
  }

  private static void logOnce(ThreadInfo[] inCycles, int stuck) {
    Set<Long> ids =
        Arrays.stream(inCycles)
            .filter(info -> info != null)
            .map(ThreadInfo::getThreadId)
            .collect(Collectors.toSet());
    if (ids.equals(LOGGED.getAndSet(ids))) {
      return;
    }
    // ThreadInfo's own text: each thread's state, the lock it waits for and who holds it, and
    // the top of its stack.
    String threads =
        Arrays.stream(inCycles)
            .filter(info -> info != null)
            .map(ThreadInfo::toString)
            .collect(Collectors.joining());
    if (stuck > 0) {
      LOG.severe(
          () ->
              stuck
                  + " threads are deadlocked, so liveness says DOWN and the JVM should be"
                  + " restarted:\n"
                  + threads);
    } else {
      LOG.warning(
          () ->
              ids.size()
                  + " threads wait for each other's locks, but one of them with a time-out, so"
                  + " the cycle breaks by itself and liveness stays UP:\n"
                  + threads);
    }
  }
}
