package fi.virkaprofiili.platform.startup;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.database.SchemaMigration;
import fi.virkaprofiili.platform.engine.ProcessEngineBootstrap;
import fi.virkaprofiili.platform.health.StartupProgress;
import fi.virkaprofiili.platform.identity.IdentitySetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the application in order: the schema, the engine, the identities, then what observes
 * {@link StartupFinished}. The first try runs while the application deploys, as before; when the
 * database is not there yet, the deployment finishes anyway and the sequence tries again on a timer
 * with back-off ({@link RetryDelay}), so that the deployment thread is never held and the node
 * comes up by itself when the database does. Meanwhile {@code /health/ready} is DOWN with the
 * reason and the web answers "try again shortly". Each kind of failure is logged once, in one line
 * that says what to do ({@link StartupFailure}); a schema this build cannot run on stops the
 * sequence for good.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

  @Resource private TimerService timers;
  @Inject private SchemaMigration schema;
  @Inject private ProcessEngineBootstrap engine;
  @Inject private IdentitySetup identities;
  @Inject private Event<StartupFinished> finished;
  @Inject private StartupProgress progress;

  private int failures;
  private StartupFailure.Kind lastLogged;

  @PostConstruct
  void start() {
    attempt();
  }

  @Timeout
  void retry(Timer timer) {
    attempt();
  }

  private void attempt() {
    try {
      schema.migrate();
      engine.start();
      identities.setUp();
      finished.fire(new StartupFinished());
    } catch (RuntimeException e) {
      failed(e);
      return;
    }
    if (failures > 0) {
      LOG.info(() -> "Start-up finished after " + failures + " failed tries: serving now.");
    }
    failures = 0;
    progress.started();
  }

  private void failed(RuntimeException failure) {
    StartupFailure why =
        StartupFailure.of(failure, Settings.databaseUrl(), Settings.databaseUser());
    failures++;
    if (!why.retried()) {
      progress.stopped(why.reason());
      LOG.severe("Start-up stopped: " + why.reason());
      LOG.log(Level.FINE, "Start-up stopped on", failure);
      return;
    }
    Duration wait = RetryDelay.STARTUP.after(failures);
    progress.waiting(why.reason());
    if (why.kind() != lastLogged) {
      lastLogged = why.kind();
      String line =
          "Start-up waits: "
              + why.reason()
              + " Trying again in "
              + wait.toSeconds()
              + " s, then at most every "
              + RetryDelay.STARTUP.longest().toSeconds()
              + " s; /health/ready is DOWN until then.";
      if (why.kind() == StartupFailure.Kind.UNEXPECTED) {
        LOG.log(Level.SEVERE, line, failure);
      } else {
        LOG.severe(line);
      }
    } else {
      LOG.fine(() -> "Start-up still waits: " + why.reason());
    }
    timers.createSingleActionTimer(wait.toMillis(), new TimerConfig(null, false));
  }
}
