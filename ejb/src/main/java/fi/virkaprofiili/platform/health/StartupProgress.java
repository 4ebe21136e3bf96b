package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What start-up has finished. The start-up singletons report here, so that readiness can be
 * answered at any moment without waiting on a singleton that is still starting.
 */
@ApplicationScoped
public class StartupProgress {

  private volatile boolean schemaMigrated;
  private volatile boolean engineRunning;
  private volatile boolean identityReady;
  private volatile String waitingFor;
  private volatile boolean stopped;

  public void schemaMigrated() {
    schemaMigrated = true;
  }

  public void engineRunning(boolean running) {
    engineRunning = running;
  }

  public void identityReady() {
    identityReady = true;
  }

  /** Start-up waits, and will try again: what for (the database is down, absent, …). */
  public void waiting(String reason) {
    waitingFor = reason;
    stopped = false;
  }

  /** Start-up gave up on a fault an operator has to mend (a schema of another version). */
  public void stopped(String reason) {
    waitingFor = reason;
    stopped = true;
  }

  /** Start-up has finished: nothing is waited for any more. */
  public void started() {
    waitingFor = null;
    stopped = false;
  }

  /** Why start-up has not finished, while it waits or after it stopped. */
  public Optional<String> reason() {
    return Optional.ofNullable(waitingFor);
  }

  public boolean isStopped() {
    return stopped;
  }

  public boolean isSchemaMigrated() {
    return schemaMigrated;
  }

  public boolean isEngineRunning() {
    return engineRunning;
  }

  public boolean isIdentityReady() {
    return identityReady;
  }

  public boolean isReady() {
    return schemaMigrated && engineRunning && identityReady;
  }
}
