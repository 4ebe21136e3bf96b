package fi.virkaprofiili.report.boundary;

import fi.virkaprofiili.platform.limits.AttemptCounters;
import fi.virkaprofiili.platform.limits.Count;
import fi.virkaprofiili.platform.limits.Counters;
import fi.virkaprofiili.platform.limits.Expiry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A limit on report attempts, against spam and against the cost of checking what is sent: every
 * submission counts, accepted or not, and is counted before anything in it is checked. A citizen is
 * counted by the client address, a signed-in person by their user id. Counted in the database, so
 * that every node keeps the same limit.
 */
@Stateless
public class ReportAttempts {

  /** Attempts from one address without signing in, in a window. */
  public static final int PER_ADDRESS = 10;

  /** Attempts of one signed-in person, in a window. */
  public static final int PER_USER = 20;

  /** The window counted from the first attempt in it. */
  public static final Duration WINDOW = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(ReportAttempts.class.getName());

  @Inject private AttemptCounters stored;

  private Counters counters;

  public ReportAttempts() {}

  /** For tests: counts in the given counters. */
  public ReportAttempts(Counters counters) {
    this.counters = counters;
  }

  /**
   * Counts one attempt to report and answers how long the reporter must wait before the next one is
   * taken; zero if this one may go ahead.
   *
   * @param clientAddress where a citizen's attempt came from (see the web's client address)
   * @param userId the signed-in reporter, or null for a citizen
   */
  public Duration attempt(String clientAddress, String userId) {
    Counters c = counters != null ? counters : stored;
    boolean signedIn = userId != null && !userId.isBlank();
    String key = signedIn ? "report-user:" + userId : "report-client:" + clientAddress;
    Count count = c.count(key, Expiry.window(WINDOW));
    int limit = signedIn ? PER_USER : PER_ADDRESS;
    if (count.attempts() <= limit) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(c.now(), count.expiresAt());
    LOG.warning(
        () ->
            "Report attempt refused for "
                + (signedIn ? "user '" + userId.replaceAll("\\p{Cntrl}", "?") + "'" : clientAddress)
                + ": "
                + count.attempts()
                + " attempts in the window");
    return wait.isNegative() ? Duration.ZERO : wait;
  }
}
