package fi.virkaprofiili.notice.boundary;

import fi.virkaprofiili.notice.control.MailText;
import fi.virkaprofiili.notice.control.Recipients;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;

/**
 * The manager is told when their absence starts and ends (issue 12, item 5): who decides for the
 * unit meanwhile and how many open tasks moved. Each is written to the outbox once per absence, in
 * the transaction of the hand-over.
 */
@Stateless
public class DeputyNotices {

  @Inject private Notices notices;
  @Inject private Recipients recipients;

  /** The deputy decides for the unit from now on; {@code tasks} open tasks went to them. */
  public Set<String> deputyStarted(
      long absenceId,
      String managerId,
      String unitCode,
      String deputyId,
      LocalDate firstDay,
      LocalDate lastDay,
      int tasks) {
    return notices.sendOnce(
        "deputy-started/" + absenceId,
        recipients.ofUser(managerId),
        MailText.of("deputyStarted", unitCode, deputyId, firstDay, lastDay, tasks));
  }

  /** The manager decides for the unit again; {@code tasks} open tasks came back to them. */
  public Set<String> deputyEnded(
      long absenceId, String managerId, String unitCode, String deputyId, int tasks) {
    return notices.sendOnce(
        "deputy-ended/" + absenceId,
        recipients.ofUser(managerId),
        MailText.of("deputyEnded", unitCode, deputyId, tasks));
  }
}
