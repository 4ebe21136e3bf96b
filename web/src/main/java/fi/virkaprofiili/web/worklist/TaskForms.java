package fi.virkaprofiili.web.worklist;

import fi.virkaprofiili.processes.FakeProfileReport;
import fi.virkaprofiili.processes.PersonLeft;
import fi.virkaprofiili.processes.ProfileLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which page serves which kind of task, keyed on the BPMN element id. */
@Named
@ApplicationScoped
public class TaskForms {

  private static final Map<String, String> OUTCOMES =
      Map.ofEntries(
          Map.entry(ProfileLifecycle.EXPERT_CONSENT, "/portal/tasks/consent"),
          Map.entry(ProfileLifecycle.MANAGER_DECISION, "/portal/tasks/decide"),
          Map.entry(ProfileLifecycle.COMMUNICATIONS_AGREEMENT, "/portal/tasks/agree"),
          Map.entry(ProfileLifecycle.REVISE_PROPOSAL, "/portal/tasks/revise"),
          Map.entry(ProfileLifecycle.REGISTER_ACCESS, "/portal/tasks/access"),
          Map.entry(ProfileLifecycle.RECORD_ACCOUNT_ADDRESS, "/portal/tasks/account"),
          Map.entry(ProfileLifecycle.PERIODIC_REVIEW, "/portal/tasks/review"),
          Map.entry(ProfileLifecycle.REVIEW_OVERDUE, "/portal/tasks/review"),
          Map.entry(ProfileLifecycle.CLOSURE_DECISION, "/portal/tasks/closure"),
          Map.entry(ProfileLifecycle.POST_CLOSURE_NOTICE, "/portal/tasks/closing"),
          Map.entry(ProfileLifecycle.CLOSE_ACCOUNT, "/portal/tasks/closing"),
          Map.entry(ProfileLifecycle.REVOKE_ACCESS, "/portal/tasks/closing"),
          Map.entry(FakeProfileReport.INVESTIGATE_REPORT, "/portal/tasks/investigate"),
          Map.entry(PersonLeft.NAME_ANOTHER_ADMINISTRATOR, "/portal/tasks/leaver"),
          Map.entry(PersonLeft.REVOKE_LEAVERS_ACCESS, "/portal/tasks/leaver"));

  /** Tasks offered to a group (communications, IT): one member takes it, and may give it back. */
  private static final Set<String> GROUP_TASKS =
      Set.of(
          ProfileLifecycle.COMMUNICATIONS_AGREEMENT,
          ProfileLifecycle.REGISTER_ACCESS,
          ProfileLifecycle.REVOKE_ACCESS,
          PersonLeft.REVOKE_LEAVERS_ACCESS,
          FakeProfileReport.INVESTIGATE_REPORT);

  /** Every kind of task the portal has a form for, by its BPMN element id. */
  public List<String> getTaskKeys() {
    return OUTCOMES.keySet().stream().sorted().toList();
  }

  public boolean isGroupTask(String taskKey) {
    return GROUP_TASKS.contains(taskKey);
  }

  public String outcomeFor(String taskKey) {
    return OUTCOMES.getOrDefault(taskKey, "/portal/tasks/index");
  }
}
