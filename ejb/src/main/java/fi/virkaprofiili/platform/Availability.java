package fi.virkaprofiili.platform;

import fi.virkaprofiili.platform.health.StartupProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the application may serve people yet. Until start-up has finished (the schema migrated,
 * the engine running) no page and no API may touch the engine or the database: the web answers "try
 * again shortly" instead. Cheap: it reads flags, never the database.
 */
@ApplicationScoped
public class Availability {

  /** Where start-up stands, as the web needs to know it. */
  public enum State {
    /** Started: requests are served. */
    SERVING,
    /** Start-up waits for the database and tries again by itself. */
    STARTING,
    /** Start-up stopped on a fault an operator has to mend (see the log). */
    STOPPED
  }

  @Inject private StartupProgress progress;

  public State state() {
    if (progress.isReady()) {
      return State.SERVING;
    }
    return progress.isStopped() ? State.STOPPED : State.STARTING;
  }
}
