package fi.virkaprofiili.platform;

import java.io.Serializable;
import java.util.List;

/** One page of a longer answer, and how many rows the whole answer has: what paged tables show. */
public record Rows<T extends Serializable>(List<T> rows, long total) implements Serializable {

  public Rows {
    rows = List.copyOf(rows);
  }
}
