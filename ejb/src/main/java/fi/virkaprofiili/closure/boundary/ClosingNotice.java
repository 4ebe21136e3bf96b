package fi.virkaprofiili.closure.boundary;

import fi.virkaprofiili.platform.InvalidRequestException;
import java.time.LocalDate;

/**
 * How far ahead a closure is announced (R12), counted from the organisation's today. The decision
 * page offers {@link #earliestClosingDate()} and the decision refuses any earlier day through
 * {@link #require}, so both answer from the same day even around midnight.
 */
public record ClosingNotice(LocalDate today, int minimumDays) {

  public LocalDate earliestClosingDate() {
    return today.plusDays(minimumDays);
  }

  /**
   * Refuses a closing date that does not leave the minimum notice; the refusal names the minimum
   * and the earliest day allowed, so that the manager need not count.
   */
  public void require(LocalDate closingOn) {
    LocalDate earliest = earliestClosingDate();
    if (closingOn.isBefore(earliest)) {
      throw new InvalidRequestException(
          "error.closingTooSoon",
          "The closing date must be on " + earliest + " or later, to announce it well in advance",
          minimumDays,
          earliest);
    }
  }
}
