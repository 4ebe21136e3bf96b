package fi.virkaprofiili.web.architecture.broken;

import fi.virkaprofiili.platform.engine.ProcessEngineBootstrap;

/** A page that reaches the process engine past the boundaries. */
public class ReachesEngine {

  public Object engine(ProcessEngineBootstrap bootstrap) {
    return bootstrap.processEngine();
  }
}
