package fi.virkaprofiili.progress.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile's process at one moment: the steps (BPMN element ids, with their names in the model) it
 * waits at now, the ids of those it has passed, and the ids of those that ended without being done
 * (a timer cancelled, a task interrupted). {@link #NONE} for a profile without a process.
 */
public record Progress(List<Step> current, List<String> completed, List<String> cancelled)
    implements Serializable {

  public static final Progress NONE = new Progress(List.of(), List.of(), List.of());

  public record Step(String id, String name) implements Serializable {}

  /** One ended visit of a step, as the engine's history has it. */
  public record Visit(String id, Instant startedAt, boolean canceled) {}

  public Progress {
    current = List.copyOf(current);
    completed = List.copyOf(completed);
    cancelled = List.copyOf(cancelled);
  }

  /**
   * Done or cancelled, each step as its latest visit ended: a review timer that fired in one round
   * and was cancelled in the next shows as cancelled, since that is where the process left it. When
   * two visits started at the same moment (the branches meeting at a join), the one that was done
   * counts.
   */
  public static Progress of(List<Step> current, List<Visit> ended) {
    Map<String, Visit> latest = new LinkedHashMap<>();
    Comparator<Visit> order =
        Comparator.comparing(Visit::startedAt).thenComparing(visit -> !visit.canceled());
    for (Visit visit : ended) {
      latest.merge(visit.id(), visit, (one, other) -> order.compare(one, other) >= 0 ? one : other);
    }
    List<String> completed =
        latest.values().stream().filter(visit -> !visit.canceled()).map(Visit::id).toList();
    List<String> cancelled =
        latest.values().stream().filter(Visit::canceled).map(Visit::id).toList();
    return new Progress(current, completed, cancelled);
  }

  public boolean hasProcess() {
    return !current.isEmpty() || !completed.isEmpty() || !cancelled.isEmpty();
  }

  public List<String> currentIds() {
    return current.stream().map(Step::id).toList();
  }
}
