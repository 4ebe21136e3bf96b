package fi.virkaprofiili.platform.identity;

import fi.virkaprofiili.platform.limits.AttemptCounters;
import fi.virkaprofiili.platform.limits.Backoff;
import fi.virkaprofiili.platform.limits.Count;
import fi.virkaprofiili.platform.limits.Counters;
import fi.virkaprofiili.platform.limits.Expiry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Slows password guessing without letting anyone lock an account: every password check of the
 * portal, Camunda's webapps and the engine's REST API asks here first and tells here how it went.
 *
 * <ul>
 *   <li>Per client address, an exponential hold after a few failures, up to {@link #PER_CLIENT}'s
 *       longest.
 *   <li>Per account, a softer hold after more failures, which a client that signed in as that
 *       account before (it shows a token we gave it then) does not get: the owner still signs in
 *       while someone else guesses.
 *   <li>Every count is forgotten an hour after its latest failure; nobody has to unlock anything.
 * </ul>
 *
 * Counts live in the database ({@link AttemptCounters}), so every node holds the same clients.
 */
@Stateless
public class SignInThrottle {

  /** From one address: five failures free, then 1, 2, 4 … seconds, at most a quarter of an hour. */
  public static final Backoff PER_CLIENT =
      new Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

  /** For one account from unknown clients: ten failures free, then 2, 4 … s, at most 5 min. */
  public static final Backoff PER_ACCOUNT =
      new Backoff(10, Duration.ofSeconds(2), Duration.ofMinutes(5));

  /** Failures are forgotten after an hour without one. */
  public static final Expiry FAILURES = Expiry.quiet(Duration.ofHours(1));

  /** A client that signed in as an account stays known for it this long after its latest one. */
  public static final Duration KNOWN_FOR = Duration.ofDays(30);

  private static final Expiry KNOWN = Expiry.quiet(KNOWN_FOR);

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private AttemptCounters stored;

  private Counters counters;

  public SignInThrottle() {}

  /** For tests: counts in the given counters. */
  public SignInThrottle(Counters counters) {
    this.counters = counters;
  }

  private Counters counters() {
    return counters != null ? counters : stored;
  }

  /**
   * How long this try must wait before the password is even checked; zero if it may go ahead.
   *
   * <p>It reads, before every password check (each HTTP Basic request to the engine's REST API):
   * both counters in one query and without a transaction of its own, which would commit nothing.
   *
   * @param knownToken what the client showed of an earlier sign-in, or null
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Duration hold(String userId, String client, String knownToken) {
    Counters c = counters();
    Instant now = c.now();
    List<Count> counts = c.current(List.of(clientKey(client), accountKey(userId)));
    Count fromClient = counts.get(0);
    Count forAccount = counts.get(1);
    Duration byClient = PER_CLIENT.holdAfter(fromClient, now);
    Duration byAccount = PER_ACCOUNT.holdAfter(forAccount, now);
    if (!byAccount.isZero() && isKnown(userId, knownToken)) {
      byAccount = Duration.ZERO;
    }
    Duration hold = byClient.compareTo(byAccount) >= 0 ? byClient : byAccount;
    if (!hold.isZero()) {
      LOG.warning(
          () ->
              "Sign-in as '"
                  + loggable(userId)
                  + "' from "
                  + loggable(client)
                  + " held for "
                  + Backoff.seconds(hold)
                  + " s ("
                  + fromClient.attempts()
                  + " failures from the address, "
                  + forAccount.attempts()
                  + " for the account)");
    }
    return hold;
  }

  /** A wrong password (or an unknown user) from this client. */
  public void failed(String userId, String client) {
    Counters c = counters();
    Count fromClient = c.count(clientKey(client), FAILURES);
    Count forAccount = c.count(accountKey(userId), FAILURES);
    LOG.info(
        () ->
            "Failed sign-in as '"
                + loggable(userId)
                + "' from "
                + loggable(client)
                + " ("
                + fromClient.attempts()
                + " failures from the address, "
                + forAccount.attempts()
                + " for the account)");
  }

  /**
   * The right password: the client becomes (or stays) known for the account. Answers the token the
   * client is to show next time: the one it showed, or a new one.
   */
  public String succeeded(String userId, String knownToken) {
    String token =
        knownToken != null && TOKEN.matcher(knownToken).matches() ? knownToken : newToken();
    counters().count(knownKey(userId, token), KNOWN);
    return token;
  }

  /** Whether a client that shows this token signed in as the account before. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isKnown(String userId, String knownToken) {
    return knownToken != null
        && TOKEN.matcher(knownToken).matches()
        && counters().current(knownKey(userId, knownToken)).attempts() > 0;
  }

  /** An administrator may lift an account's hold early; it also ends by itself. */
  public void forget(String userId) {
    counters().forget(accountKey(userId));
  }

  private static String clientKey(String client) {
    return "signin-client:" + client;
  }

  private static String accountKey(String userId) {
    return "signin-account:" + userId;
  }

  /** Neither the user nor the token is readable from the key. */
  private static String knownKey(String userId, String token) {
    return "signin-known:" + AttemptCounters.digest(userId + "\n" + token);
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A name as the log may show it: one line, not endless. */
  static String loggable(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("\\p{Cntrl}", "?");
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }
}
