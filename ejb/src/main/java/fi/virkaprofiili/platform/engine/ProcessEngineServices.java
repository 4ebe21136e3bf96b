package fi.virkaprofiili.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the engine's services injectable into boundaries. */
@ApplicationScoped
public class ProcessEngineServices {

  @Inject private ProcessEngineBootstrap bootstrap;

  @Produces
  public ProcessEngine processEngine() {
    return bootstrap.processEngine();
  }

  @Produces
  public RuntimeService runtimeService() {
    return processEngine().getRuntimeService();
  }

  @Produces
  public TaskService taskService() {
    return processEngine().getTaskService();
  }

  @Produces
  public RepositoryService repositoryService() {
    return processEngine().getRepositoryService();
  }

  @Produces
  public HistoryService historyService() {
    return processEngine().getHistoryService();
  }

  @Produces
  public IdentityService identityService() {
    return processEngine().getIdentityService();
  }

  @Produces
  public ManagementService managementService() {
    return processEngine().getManagementService();
  }
}
