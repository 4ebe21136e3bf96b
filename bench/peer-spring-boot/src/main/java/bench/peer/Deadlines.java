package bench.peer;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The dates the models ask of {@code deadlines}, as plain offsets from now: the product computes
 * them from its policy and working days, which is its business, not the engine's.
 */
public class Deadlines {

  private static Date inDays(long days) {
    return Date.from(Instant.now().plus(Duration.ofDays(days)));
  }

  private static Date daysBefore(Object date, long days) {
    Date at = date instanceof Date given ? given : inDays(30);
    return Date.from(at.toInstant().minus(Duration.ofDays(days)));
  }

  public Date decisionReminder() {
    return inDays(5);
  }

  public Date decisionEscalation() {
    return inDays(10);
  }

  public Date reviewOverdue() {
    return inDays(14);
  }

  public Date reviewDue(Object interval) {
    return Date.from(ZonedDateTime.now().plus(Period.parse(String.valueOf(interval))).toInstant());
  }

  public Date investigationOverdue() {
    return inDays(5);
  }

  public Date closureNoticeReminder(Object closingDate) {
    return daysBefore(closingDate, 7);
  }

  public Date closureNoticeDue(Object closingDate) {
    return daysBefore(closingDate, 1);
  }
}
