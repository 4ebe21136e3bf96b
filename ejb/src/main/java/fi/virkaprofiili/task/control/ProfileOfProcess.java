package fi.virkaprofiili.task.control;

import static fi.virkaprofiili.processes.ProfileLifecycle.VAR_PROFILE_ID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Which profile a lifecycle process is about. A process belongs to one profile for good, so the
 * answer is remembered: every task completion asks it, and reading the process variable costs
 * several queries each time. What is remembered never goes stale, so each node keeps its own: the
 * variable is set when the process starts and never changed, and process ids are never reused.
 */
@ApplicationScoped
public class ProfileOfProcess {

  private static final int REMEMBERED = 10_000;

  @Inject private TaskService taskService;

  private final Map<String, Long> profileIds =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
              return size() > REMEMBERED;
            }
          });

  public ProfileOfProcess() {}

  ProfileOfProcess(TaskService taskService) {
    this.taskService = taskService;
  }

  /** The profile the task's process is about. */
  public long of(Task task) {
    Long known = profileIds.get(task.getProcessInstanceId());
    if (known != null) {
      return known;
    }
    Long profileId = (Long) taskService.getVariable(task.getId(), VAR_PROFILE_ID);
    if (profileId == null) {
      throw new IllegalStateException("Task " + task.getId() + " is not about a profile");
    }
    profileIds.put(task.getProcessInstanceId(), profileId);
    return profileId;
  }
}
