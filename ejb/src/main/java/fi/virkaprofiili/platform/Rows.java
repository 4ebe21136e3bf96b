package fi.virkaprofiili.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer answer, and how many rows the whole answer has: what paged tables show. Also
 * the one place a page asked for becomes the row a query starts from.
 */
public record Rows<T extends Serializable>(List<T> rows, long total) implements Serializable {

  /**
   * The furthest row any query starts from. No answer here has a billion rows, so a page beyond is
   * empty; and the JPA provider adds the page's size to the start, which must still fit an int.
   */
  public static final int MAX_FIRST = 1_000_000_000;

  public Rows {
    rows = List.copyOf(rows);
  }

  /**
   * The row page {@code page} (from 0) of {@code size} rows starts from. A page number from a
   * request multiplied by its size would overflow an int; the start saturates at {@link MAX_FIRST}
   * instead, where there are no rows, so the answer is an empty page and never an error.
   */
  public static int firstOfPage(int page, int size) {
    if (page < 0 || size < 1) {
      throw new InvalidRequestException(
          "error.badPage", "No page " + page + " of " + size + " rows: pages count from 0");
    }
    return (int) Math.min((long) page * size, MAX_FIRST);
  }

  /** The row to start from when a table asked for {@code first}: never negative, never too far. */
  public static int first(int first) {
    if (first < 0) {
      throw new InvalidRequestException("error.badPage", "No row " + first + ": rows count from 0");
    }
    return Math.min(first, MAX_FIRST);
  }
}
