package fi.virkaprofiili.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The changes a proposer has made so far to a proposal returned to them for revision, saved as they
 * go through the wizard's steps so that closing the browser loses nothing. The profile keeps what
 * was submitted until the revision is resubmitted; this is kept per revision task, so a proposal
 * returned a second time starts from what was resubmitted, not from an old draft.
 */
@Entity
@Table(name = "REVISION_DRAFT")
@NamedQuery(
    name = RevisionDraft.BY_TASK,
    query = "select d from RevisionDraft d where d.taskId = :taskId")
@NamedQuery(
    name = RevisionDraft.DELETE_OF_PROFILE,
    query = "delete from RevisionDraft d where d.profileId = :profileId")
public class RevisionDraft {

  public static final String BY_TASK = "RevisionDraft.byTask";
  public static final String DELETE_OF_PROFILE = "RevisionDraft.deleteOfProfile";
  public static final int TASK_MAX = 64;

  @Id
  @SequenceGenerator(
      name = "revisionDraftIds",
      sequenceName = "REVISION_DRAFT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revisionDraftIds")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(name = "TASK_ID", nullable = false, length = TASK_MAX, unique = true, updatable = false)
  private String taskId;

  @Column(name = "PROFILE_ID", nullable = false, updatable = false)
  private long profileId;

  @Column(
      name = "AUTHOR_ID",
      nullable = false,
      length = ProposalDraft.AUTHOR_MAX,
      updatable = false)
  private String authorId;

  @Column(name = "STEP", length = ProposalDraft.STEP_MAX)
  private String step;

  @Column(name = "CONTENT", nullable = false, length = ProposalDraft.CONTENT_MAX)
  private String content;

  @Column(name = "SAVED_AT", nullable = false)
  private Instant savedAt;

  protected RevisionDraft() {}

  public RevisionDraft(
      String taskId,
      long profileId,
      String authorId,
      String content,
      String step,
      Instant savedAt) {
    if (taskId == null || taskId.isBlank() || taskId.length() > TASK_MAX) {
      throw new IllegalArgumentException("A revision draft belongs to a revision task");
    }
    if (authorId == null || authorId.isBlank()) {
      throw new IllegalArgumentException("A revision draft has an author");
    }
    this.taskId = taskId;
    this.profileId = profileId;
    this.authorId = authorId;
    rewrite(content, step, savedAt);
  }

  /** The author saved again: the proposal as they have revised it now replaces what they kept. */
  public void rewrite(String content, String step, Instant savedAt) {
    ProposalDraft.checkFits(content, step);
    this.content = content;
    this.step = step;
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  public boolean isAuthoredBy(String userId) {
    return authorId.equals(userId);
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public long getProfileId() {
    return profileId;
  }

  public String getAuthorId() {
    return authorId;
  }

  public String getStep() {
    return step;
  }

  public String getContent() {
    return content;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
