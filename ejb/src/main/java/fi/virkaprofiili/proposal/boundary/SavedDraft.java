package fi.virkaprofiili.proposal.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A draft as its author gets it back: what they wrote, where they were, and when it was saved. */
public final class SavedDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String step;
  private final Instant savedAt;
  private final Proposal proposal;

  SavedDraft(long id, String step, Instant savedAt, Proposal proposal) {
    this.id = id;
    this.step = step;
    this.savedAt = savedAt;
    this.proposal = proposal;
  }

  public long getId() {
    return id;
  }

  /** The step of the wizard the author left it at; null when none was named. */
  public String getStep() {
    return step;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Proposal getProposal() {
    return proposal;
  }
}
