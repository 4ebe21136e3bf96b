package fi.virkaprofiili.dashboard.boundary;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.OrganisationUnit;
import fi.virkaprofiili.profile.entity.ProfileState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures at one moment. Channels and units count the profiles in use (listed or
 * closing); states count every profile. The profiles below their minimum of administrators are
 * listed by name, at most {@link Dashboard#BELOW_MINIMUM_SHOWN}.
 */
public record DashboardFigures(
    Map<ProfileState, Long> byState,
    Map<Channel, Long> byChannel,
    List<UnitCount> byUnit,
    Reviews reviews,
    List<WaitingDecisions> decisions,
    List<BelowMinimum> belowMinimum) {

  /**
   * A live profile with fewer administrators than its kind needs (R3), as after an administrator
   * left and before the manager named another.
   */
  public record BelowMinimum(
      long profileId, String name, OrganisationUnit unit, int administrators, int minimum) {}

  public record UnitCount(OrganisationUnit unit, long profiles) {}

  /**
   * Reviews due within the coming days, due now with their owners, and overdue with the managers.
   */
  public record Reviews(int withinDays, long dueSoon, long waitingForOwner, long overdue) {}

  /**
   * The decisions of one kind (its task key) that wait: for less than a week, one to two weeks,
   * longer; and since when the oldest has waited.
   */
  public record WaitingDecisions(
      String taskKey, long underAWeek, long oneToTwoWeeks, long overTwoWeeks, Instant oldestSince) {

    public long total() {
      return underAWeek + oneToTwoWeeks + overTwoWeeks;
    }
  }
}
