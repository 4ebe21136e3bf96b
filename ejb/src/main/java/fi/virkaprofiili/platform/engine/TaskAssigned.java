package fi.virkaprofiili.platform.engine;

import java.util.Set;

/**
 * A user task was given to someone: created for a person or for groups, or assigned later. Fired
 * synchronously inside the transaction that did it, so what an observer writes commits or rolls
 * back with the task; an observer must not send anything itself (the outbox sends after the
 * commit).
 *
 * @param assignee the person the task is for; null when it is offered to groups
 * @param candidateGroups the groups it is offered to (empty when it is a person's)
 * @param candidateUsers people it is offered to besides the assignee
 * @param profileId the profile the process is about, or null
 * @param reportId the report of a fake profile the process is about, or null
 */
public record TaskAssigned(
    String taskId,
    String taskKey,
    String assignee,
    Set<String> candidateGroups,
    Set<String> candidateUsers,
    Long profileId,
    Long reportId) {

  public TaskAssigned {
    candidateGroups = Set.copyOf(candidateGroups);
    candidateUsers = Set.copyOf(candidateUsers);
  }
}
