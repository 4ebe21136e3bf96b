package fi.virkaprofiili.task.boundary;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.engine.EngineCommands;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.processes.ProfileLifecycle;
import fi.virkaprofiili.task.control.ProfileOfProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;

/**
 * The checks every boundary makes before completing a task for someone: the task still waits, it is
 * of the kind the boundary serves, and the person may act on it. Refusals are logged, since a
 * refused request did not come from the page as offered.
 */
@Dependent
public class TaskAccess {

  private static final Logger LOG = Logger.getLogger(TaskAccess.class.getName());

  /** The engine's ids are at most 64 characters (ACT_RU_TASK.ID_ is a varchar(64)). */
  static final int ID_MAX = 64;

  @Inject private EngineCommands commands;
  @Inject private IdentityService identityService;
  @Inject private ProfileOfProcess profileOfProcess;

  public TaskAccess() {}

  /** For tests on an engine of their own. */
  TaskAccess(EngineCommands commands, IdentityService identityService) {
    this.commands = commands;
    this.identityService = identityService;
  }

  /**
   * The task if it still waits, else null. Read by id as the engine reads it to complete it: in a
   * {@link fi.virkaprofiili.platform.engine.OneEngineCommand} the completion then finds it read.
   */
  public Task task(String taskId) {
    if (!isWellFormed(taskId)) {
      return null;
    }
    return commands.execute(context -> context.getTaskManager().findTaskById(taskId));
  }

  /**
   * Whether {@code taskId} can be the id of a task at all: the engine's ids are letters, digits and
   * hyphens. Anything else (empty, a NUL, which PostgreSQL refuses in a query, an overlong text) is
   * no task, and is answered as one that no longer waits, without asking the database.
   */
  public static boolean isWellFormed(String taskId) {
    if (taskId == null || taskId.isEmpty() || taskId.length() > ID_MAX) {
      return false;
    }
    for (int i = 0; i < taskId.length(); i++) {
      char c = taskId.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** The waiting task of this kind, or a refusal the user can understand. */
  public Task waitingTask(String taskId, String taskKey, String actorId) {
    Task task = task(taskId);
    if (task == null) {
      throw new NotFoundException(
          "error.taskGone", "Task " + taskId + " no longer waits: it was completed or withdrawn");
    }
    if (!taskKey.equals(task.getTaskDefinitionKey())) {
      throw refuse(
          actorId, taskId, "it is a " + task.getTaskDefinitionKey() + " task, not " + taskKey);
    }
    // The task list hides a manager's tasks from someone no longer in managers (their provider
    // groups changed at their last sign-in); a link kept from before must not reach them either.
    if (ProfileLifecycle.MANAGERS_TASKS.contains(taskKey) && !isMember(actorId, Roles.MANAGERS)) {
      throw refuse(actorId, taskId, "a manager's task, and they are not in " + Roles.MANAGERS);
    }
    return task;
  }

  /** The waiting task of this kind, assigned to the actor; anyone else is refused. */
  public Task assignedTask(String taskId, String taskKey, String actorId, String whoMay) {
    Task task = waitingTask(taskId, taskKey, actorId);
    if (!actorId.equals(task.getAssignee())) {
      throw refuse(actorId, taskId, "only " + whoMay + " completes it");
    }
    return task;
  }

  /**
   * The waiting task of this kind, for members of the group; anyone else is refused. A task one
   * member has claimed is theirs until they give it back: a colleague completing it would be
   * recorded as its doer, and the claimant's work would be lost.
   */
  public Task groupTask(String taskId, String taskKey, String actorId, String groupId) {
    Task task = waitingTask(taskId, taskKey, actorId);
    if (!isMember(actorId, groupId)) {
      throw refuse(actorId, taskId, "they are not in " + groupId);
    }
    if (task.getAssignee() != null && !actorId.equals(task.getAssignee())) {
      throw refuse(actorId, taskId, task.getAssignee() + " has claimed it");
    }
    return task;
  }

  /** The profile the task's process is about. */
  public long profileIdOf(Task task) {
    return profileOfProcess.of(task);
  }

  public boolean isMember(String userId, String groupId) {
    return identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
  }

  /** Logs the refusal and returns the exception to throw. */
  public NotPermittedException refuse(String actorId, String taskId, String why) {
    return refuse(actorId, "complete", taskId, why);
  }

  /** Logs the refusal of something else than completing the task, such as commenting on it. */
  public NotPermittedException refuse(String actorId, String action, String taskId, String why) {
    String message = "Refused: " + actorId + " may not " + action + " task " + taskId + ": " + why;
    LOG.warning(message);
    return new NotPermittedException(message);
  }
}
