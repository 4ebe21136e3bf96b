package fi.virkaprofiili.progress.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A profile's process at one moment: the steps (BPMN element ids, with their names in the model) it
 * waits at now, and the ids of those it has passed. {@link #NONE} for a profile without a process.
 */
public record Progress(List<Step> current, List<String> completed) implements Serializable {

  public static final Progress NONE = new Progress(List.of(), List.of());

  public record Step(String id, String name) implements Serializable {}

  public Progress {
    current = List.copyOf(current);
    completed = List.copyOf(completed);
  }

  public boolean hasProcess() {
    return !current.isEmpty() || !completed.isEmpty();
  }

  public List<String> currentIds() {
    return current.stream().map(Step::id).toList();
  }
}
