package fi.virkaprofiili.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What start-up has finished. The start-up singletons report here, so that readiness can be
 * answered at any moment without waiting on a singleton that is still starting.
 */
@ApplicationScoped
public class StartupProgress {

  private volatile boolean schemaMigrated;
  private volatile boolean engineRunning;
  private volatile boolean identityReady;

  public void schemaMigrated() {
    schemaMigrated = true;
  }

  public void engineRunning(boolean running) {
    engineRunning = running;
  }

  public void identityReady() {
    identityReady = true;
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
