package fi.virkaprofiili.platform.startup;

import fi.virkaprofiili.platform.health.StartupProgress;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tries of start-up, without the container: each runs the whole start ({@code start}, which
 * changes only what is not done yet); a failed one is classified ({@link StartupFailure}), told to
 * readiness and, the first time it is of its kind, to the log in one line, and the next try is
 * asked for after {@link RetryDelay}'s wait, unless the failure stops start-up for good.
 */
final class StartupAttempts {

  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

  private final Runnable start;
  private final Consumer<Duration> retryIn;
  private final StartupProgress progress;
  private final String url;
  private final String user;
  private final RetryDelay delay;

  private int failures;
  private StartupFailure.Kind lastLogged;

  StartupAttempts(
      Runnable start,
      Consumer<Duration> retryIn,
      StartupProgress progress,
      String url,
      String user,
      RetryDelay delay) {
    this.start = start;
    this.retryIn = retryIn;
    this.progress = progress;
    this.url = url;
    this.user = user;
    this.delay = delay;
  }

  /** One try; whether start-up has finished. */
  boolean attempt() {
    try {
      start.run();
    } catch (RuntimeException e) {
      failed(e);
      return false;
    }
    if (failures > 0) {
      int tries = failures;
      LOG.info(() -> "Start-up finished after " + tries + " failed tries: serving now.");
    }
    failures = 0;
    lastLogged = null;
    progress.started();
    return true;
  }

  private void failed(RuntimeException failure) {
    StartupFailure why = StartupFailure.of(failure, url, user);
    failures++;
    if (!why.retried()) {
      progress.stopped(why.reason());
      LOG.severe("Start-up stopped: " + why.reason());
      LOG.log(Level.FINE, "Start-up stopped on", failure);
      return;
    }
    Duration wait = delay.after(failures);
    progress.waiting(why.reason());
    if (why.kind() != lastLogged) {
      lastLogged = why.kind();
      String line =
          "Start-up waits: "
              + why.reason()
              + " Trying again in "
              + wait.toSeconds()
              + " s, then at most every "
              + delay.longest().toSeconds()
              + " s; /health/ready is DOWN until then.";
      if (why.kind() == StartupFailure.Kind.UNEXPECTED) {
        LOG.log(Level.SEVERE, line, failure);
      } else {
        LOG.severe(line);
      }
    } else {
      LOG.fine(() -> "Start-up still waits: " + why.reason());
    }
    retryIn.accept(wait);
  }
}
