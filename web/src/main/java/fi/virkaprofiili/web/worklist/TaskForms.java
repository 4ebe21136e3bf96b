package fi.virkaprofiili.web.worklist;

import fi.virkaprofiili.processes.ProfileLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/** Which page serves which kind of task, keyed on the BPMN element id. */
@Named
@ApplicationScoped
public class TaskForms {

  private static final Map<String, String> OUTCOMES =
      Map.of(
          ProfileLifecycle.EXPERT_CONSENT, "/portal/tasks/consent",
          ProfileLifecycle.MANAGER_DECISION, "/portal/tasks/decide",
          ProfileLifecycle.COMMUNICATIONS_AGREEMENT, "/portal/tasks/agree",
          ProfileLifecycle.REVISE_PROPOSAL, "/portal/tasks/revise");

  public String outcomeFor(String taskKey) {
    return OUTCOMES.getOrDefault(taskKey, "/portal/tasks/index");
  }
}
