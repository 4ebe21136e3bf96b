package fi.virkaprofiili.platform.startup;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.database.SchemaMigration;
import fi.virkaprofiili.platform.engine.ProcessEngineBootstrap;
import fi.virkaprofiili.platform.health.StartupProgress;
import fi.virkaprofiili.platform.identity.IdentitySetup;
import fi.virkaprofiili.platform.identity.OpenIdProviderCheck;
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

/**
 * Starts the application in order: the schema, the engine, the identities, the OpenID Connect
 * provider when sign-in goes through one, then what observes {@link StartupFinished}. The first try
 * runs while the application deploys, as before; when the database is not there yet, the deployment
 * finishes anyway and the sequence tries again on a timer with back-off ({@link RetryDelay}), so
 * that the deployment thread is never held and the node comes up by itself when the database does.
 * Meanwhile {@code /health/ready} is DOWN with the reason and the web answers "try again shortly".
 * Each kind of failure is logged once, in one line that says what to do ({@link StartupFailure}); a
 * schema this build cannot run on stops the sequence for good.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

  @Resource private TimerService timers;
  @Inject private SchemaMigration schema;
  @Inject private ProcessEngineBootstrap engine;
  @Inject private IdentitySetup identities;
  @Inject private OpenIdProviderCheck openIdProvider;
  @Inject private Event<StartupFinished> finished;
  @Inject private StartupProgress progress;

  private StartupAttempts attempts;

  @PostConstruct
  void start() {
    attempts =
        new StartupAttempts(
            () -> {
              schema.migrate();
              engine.start();
              identities.setUp();
              openIdProvider.check();
              finished.fire(new StartupFinished());
            },
            wait -> timers.createSingleActionTimer(wait.toMillis(), new TimerConfig(null, false)),
            progress,
            Settings.databaseUrl(),
            Settings.databaseUser(),
            RetryDelay.STARTUP);
    attempts.attempt();
  }

  @Timeout
  void retry(Timer timer) {
    attempts.attempt();
  }
}
