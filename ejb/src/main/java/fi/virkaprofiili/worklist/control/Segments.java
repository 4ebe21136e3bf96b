package fi.virkaprofiili.worklist.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list made of consecutive parts, each read by a query of its own: tasks due, tasks
 * with no due date, tasks put off until later. Databases disagree on where an ascending order puts
 * the empty due dates, so the parts are queried apart and paged as one.
 */
public final class Segments {

  /** Rows {@code first .. first + size - 1} of part {@code segment}. */
  public record Slice(int segment, int first, int size) {}

  private Segments() {}

  /** Which rows of which parts make up the page from {@code first}, at most {@code max} rows. */
  public static List<Slice> page(long[] counts, int first, int max) {
    if (first < 0 || max < 0) {
      throw new IllegalArgumentException(
          "A page starts at a row and holds rows: " + first + ", " + max);
    }
    List<Slice> slices = new ArrayList<>();
    long start = first;
    long wanted = max;
    for (int segment = 0; segment < counts.length && wanted > 0; segment++) {
      if (start >= counts[segment]) {
        start -= counts[segment];
        continue;
      }
      int size = (int) Math.min(wanted, counts[segment] - start);
      slices.add(new Slice(segment, (int) start, size));
      wanted -= size;
      start = 0;
    }
    return slices;
  }
}
