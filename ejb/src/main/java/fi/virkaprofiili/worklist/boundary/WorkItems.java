package fi.virkaprofiili.worklist.boundary;

import static fi.virkaprofiili.processes.FakeProfileReport.VAR_REPORT_ID;
import static fi.virkaprofiili.processes.ProfileLifecycle.VAR_PROFILE_ID;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.report.entity.FakeReport;
import fi.virkaprofiili.worklist.control.TaskSubjects;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasks as the list shows them: each with the profile or report it is about, read for a whole page
 * at once rather than task by task.
 */
@Dependent
class WorkItems {

  @Inject private TaskService taskService;
  @Inject private TaskSubjects subjects;

  List<WorkItem> of(List<Task> tasks, Instant now) {
    List<String> processes = tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
    Map<String, Profile> profiles = subjects.profilesOf(processes);
    // A process is a profile's or a report's: only those no profile claimed are looked for among
    // the reports.
    Map<String, FakeReport> reports =
        subjects.reportsOf(
            processes.stream().filter(process -> !profiles.containsKey(process)).toList());
    List<WorkItem> items = new ArrayList<>();
    for (Task task : tasks) {
      Profile profile = profiles.get(task.getProcessInstanceId());
      FakeReport report = reports.get(task.getProcessInstanceId());
      if (profile == null && report == null) {
        // A process that is not the profile's or the report's own still names it in a variable.
        profile =
            subjects.byId(Profile.class, taskService.getVariable(task.getId(), VAR_PROFILE_ID));
        report =
            subjects.byId(FakeReport.class, taskService.getVariable(task.getId(), VAR_REPORT_ID));
      }
      items.add(
          new WorkItem(
              task.getId(),
              task.getTaskDefinitionKey(),
              task.getAssignee(),
              task.getCreateTime().toInstant(),
              instant(task.getDueDate()),
              instant(task.getFollowUpDate()),
              task.getPriority(),
              now,
              profile,
              report));
    }
    return items;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
