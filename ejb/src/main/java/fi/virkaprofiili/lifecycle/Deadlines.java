package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.DEADLINES_BEAN;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.config.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * When the processes' timers fall due, from the configured delays counted on the engine clock. The
 * BPMN asks for them by name ({@code ${deadlines.decisionReminder()}}), so each delay is configured
 * in one place. The closure notice's deadlines count back from the closing date instead.
 */
@Named(DEADLINES_BEAN)
@ApplicationScoped
public class Deadlines {

  @Inject private OrganisationTime time;

  /** A decision waiting this long reminds the manager. */
  public Date decisionReminder() {
    return workingDaysFromNow(Settings.number(Settings.DECISION_REMINDER_WORKING_DAYS, 5));
  }

  /** A decision waiting this long is escalated to communications. */
  public Date decisionEscalation() {
    return workingDaysFromNow(Settings.number(Settings.DECISION_ESCALATION_WORKING_DAYS, 10));
  }

  /**
   * The next periodic review (R13): the interval that {@code review-interval.dmn} gives the
   * profile's kind, an ISO 8601 duration such as {@code P6M}, counted on the organisation's
   * calendar. A review set at 23:30 in December falls due on the same day in June at 23:30,
   * whatever summer time did in between; the engine would count a {@code timeDuration} on the
   * server's zone instead, and a review set late in the evening would fall due a day later than six
   * months.
   */
  public Date reviewDue(String interval) {
    return Date.from(after(now(), interval).toInstant());
  }

  /**
   * The moment an ISO 8601 duration after {@code from}, its years, months, weeks and days counted
   * as calendar days of {@code from}'s zone and its hours, minutes and seconds as elapsed time.
   */
  static ZonedDateTime after(ZonedDateTime from, String interval) {
    int time = interval.indexOf('T');
    String days = time < 0 ? interval : interval.substring(0, time);
    ZonedDateTime due = days.equals("P") ? from : from.plus(Period.parse(days));
    return time < 0 ? due : due.plus(Duration.parse("P" + interval.substring(time)));
  }

  /** A review not done by then passes to the manager. */
  public Date reviewOverdue() {
    return Date.from(now().plusDays(Settings.number(Settings.REVIEW_OVERDUE_DAYS, 14)).toInstant());
  }

  /**
   * The closure notice is due this many days before the closing date (R12), so that the channel's
   * followers read it in time; halfway there when the closing date is nearer than that.
   */
  public Date closureNoticeDue(Date closingDate) {
    return Date.from(
        aheadOf(
            now().toInstant(),
            closingDate.toInstant(),
            Duration.ofDays(Settings.number(Settings.CLOSURE_NOTICE_DUE_DAYS, 7))));
  }

  /** The owner is reminded of the notice this many days before it is due. */
  public Date closureNoticeReminder(Date closingDate) {
    return Date.from(
        aheadOf(
            now().toInstant(),
            closureNoticeDue(closingDate).toInstant(),
            Duration.ofDays(Settings.number(Settings.CLOSURE_NOTICE_REMINDER_DAYS, 3))));
  }

  /**
   * {@code before} ahead of {@code deadline}, or halfway from now when that moment has passed:
   * every deadline of the notice falls before the one it leads to, and none at once.
   */
  static Instant aheadOf(Instant now, Instant deadline, Duration before) {
    Instant due = deadline.minus(before);
    if (due.isAfter(now)) {
      return due;
    }
    return now.plus(Duration.between(now, deadline).dividedBy(2));
  }

  /** A report of a fake profile not investigated by then reminds communications. */
  public Date investigationOverdue() {
    return workingDaysFromNow(Settings.number(Settings.INVESTIGATION_OVERDUE_WORKING_DAYS, 3));
  }

  private Date workingDaysFromNow(int workingDays) {
    return Date.from(WorkingDays.after(now(), workingDays).toInstant());
  }

  private ZonedDateTime now() {
    return time.zonedNow();
  }
}
