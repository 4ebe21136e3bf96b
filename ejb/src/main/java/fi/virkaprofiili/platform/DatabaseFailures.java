package fi.virkaprofiili.platform;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached now (an outage), as opposed to a fault of
 * the request or of the code. A person meets an outage as "try again shortly" (503), never as the
 * 500 page, and the log says it once per outage. The database's failure hides deep in what the
 * caller sees (an EJBException around EclipseLink's DatabaseException, or Camunda's
 * ProcessEngineException, around the driver's SQLException), so the whole cause chain is read.
 */
public final class DatabaseFailures {

  /** SQLState class 08: connection exception (SQL standard; PostgreSQL, H2). */
  private static final String CONNECTION_CLASS = "08";

  /**
   * PostgreSQL: the server shuts down or restarts (57P01 admin_shutdown, 57P02 crash_shutdown,
   * 57P03 cannot_connect_now: starting up).
   */
  private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

  /** H2: connection broken (90067), database closed (90098), closed at VM shutdown (90121). */
  private static final Set<Integer> H2_CONNECTION_CODES = Set.of(90067, 90098, 90121);

  private DatabaseFailures() {}

  /** Whether {@code failure}, or anything in its cause chain, says the database is away. */
  public static boolean isOutage(Throwable failure) {
    return outageCause(failure).isPresent();
  }

  /** The failure in the chain that says the database is away, for a log line. */
  public static Optional<Throwable> outageCause(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, true) == null && seen.size() < 50;
        cause = next(cause)) {
      if (isOutageItself(cause)) {
        return Optional.of(cause);
      }
      if (cause instanceof SQLException sql
          && sql.getNextException() != null
          && isOutage(sql.getNextException())) {
        return outageCause(sql.getNextException());
      }
    }
    return Optional.empty();
  }

  private static boolean isOutageItself(Throwable cause) {
    if (cause instanceof NotReadyException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (cause instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && (state.startsWith(CONNECTION_CLASS) || SERVER_GOING.contains(state))) {
        return true;
      }
      if (H2_CONNECTION_CODES.contains(sql.getErrorCode())
          && cause.getClass().getName().startsWith("org.h2.")) {
        return true;
      }
    }
    String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
    // Payara's pool: no connection within max-wait-time, or none could be opened at all (its
    // exception keeps only the driver's message, not the driver's exception).
    // PostgreSQL taking no connections to the database (ALLOW_CONNECTIONS false, 55000).
    return message.contains("max-wait-time")
        || message.contains("error in allocating a connection")
        || message.contains("is not currently accepting connections");
  }

  /** A short description of the outage: the failing part and its message, for one log line. */
  public static String describe(Throwable failure) {
    Throwable cause = outageCause(failure).orElse(failure);
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof EJBException ejb && ejb.getCausedByException() != null) {
      return ejb.getCausedByException();
    }
    return cause.getCause();
  }
}
