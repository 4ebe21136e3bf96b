package fi.virkaprofiili.lifecycle;

import static fi.virkaprofiili.processes.ProfileLifecycle.VAR_CHANNEL;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * At start-up, running processes started before they carried their profile's or report's channel
 * get it, so that the task list can filter them by channel in the engine's own query.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class ChannelVariableBackfill {

  private static final Logger LOG = Logger.getLogger(ChannelVariableBackfill.class.getName());

  @Inject private RuntimeService runtimeService;
  @PersistenceContext private EntityManager em;

  @PostConstruct
  public void giveEveryRunningProcessItsChannel() {
    Set<String> running =
        new HashSet<>(
            runtimeService.createProcessInstanceQuery().list().stream()
                .map(ProcessInstance::getId)
                .toList());
    runtimeService.createVariableInstanceQuery().variableName(VAR_CHANNEL).list().stream()
        .map(VariableInstance::getProcessInstanceId)
        .forEach(running::remove);
    if (running.isEmpty()) {
      return;
    }
    int given = 0;
    for (String entity : List.of("Profile", "FakeReport")) {
      List<Object[]> channels =
          em.createQuery(
                  "select e.processInstanceId, e.channel from "
                      + entity
                      + " e where e.processInstanceId is not null",
                  Object[].class)
              .getResultList();
      for (Object[] row : channels) {
        if (running.remove((String) row[0])) {
          runtimeService.setVariable((String) row[0], VAR_CHANNEL, ((Enum<?>) row[1]).name());
          given++;
        }
      }
    }
    LOG.info("Gave " + given + " running processes their channel variable");
  }
}
