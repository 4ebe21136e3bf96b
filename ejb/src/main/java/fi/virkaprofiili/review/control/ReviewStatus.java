package fi.virkaprofiili.review.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a profile's review cycle stands: when the next review is due (or since when the open one
 * has been), whether it waits for its owner now, and whether it is overdue and with the manager.
 */
public record ReviewStatus(Instant due, boolean open, boolean overdue) implements Serializable {

  public static final ReviewStatus NONE = new ReviewStatus(null, false, false);
}
