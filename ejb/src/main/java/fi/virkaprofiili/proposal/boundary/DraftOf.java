package fi.virkaprofiili.proposal.boundary;

import java.io.Serializable;

/**
 * What a draft is written towards: a new proposal of its author, or the revision of a returned
 * proposal in a revision task.
 *
 * @param taskId the revision task; null for a new proposal
 */
public record DraftOf(String taskId) implements Serializable {

  public static DraftOf newProposal() {
    return new DraftOf(null);
  }

  public static DraftOf revision(String taskId) {
    if (taskId == null || taskId.isBlank()) {
      throw new IllegalArgumentException("A revision is of a task");
    }
    return new DraftOf(taskId);
  }

  public boolean isRevision() {
    return taskId != null;
  }
}
