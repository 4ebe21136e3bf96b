package fi.virkaprofiili.worklist.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * How many tasks each consecutive part of a task list holds for one user and filter, as {@link
 * WorkList#counts} found them: a table that has just counted its rows reads its page with them
 * instead of counting again. Only positions come from it; which tasks a user sees is always decided
 * again by the queries.
 */
public record TaskCounts(List<Long> parts) implements Serializable {

  private static final long serialVersionUID = 1L;

  public TaskCounts {
    parts = List.copyOf(parts);
  }

  public long total() {
    return parts.stream().mapToLong(Long::longValue).sum();
  }

  long[] asArray() {
    return parts.stream().mapToLong(Long::longValue).toArray();
  }
}
