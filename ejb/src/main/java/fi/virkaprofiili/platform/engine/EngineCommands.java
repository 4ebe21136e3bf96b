package fi.virkaprofiili.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Runs the application's own engine commands. Inside another command (see {@link OneEngineCommand})
 * a command shares its context, and with it the engine's cache of the rows already read.
 */
@ApplicationScoped
public class EngineCommands {

  @Inject private ProcessEngine engine;

  EngineCommands() {}

  /** For tests on an engine of their own. */
  public EngineCommands(ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T execute(Command<T> command) {
    return executor().execute(command);
  }

  private CommandExecutor executor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }
}
