package fi.virkaprofiili.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * What an author has written of a proposal and not yet submitted, saved as they go through the
 * wizard so that closing the browser loses nothing: a new proposal (one per author) or the revision
 * of a returned proposal (one per revision task; the profile keeps what was submitted until the
 * revision is resubmitted, and a proposal returned a second time starts afresh). Nobody decides a
 * draft and no process knows it; only its author may read, change or discard it.
 */
@Entity
@Table(name = "DRAFT")
@NamedQuery(name = Draft.BY_KEY, query = "select d from Draft d where d.draftOf = :draftOf")
@NamedQuery(
    name = Draft.DELETE_OF_PROFILE,
    query = "delete from Draft d where d.profileId = :profileId")
public class Draft {

  public static final String BY_KEY = "Draft.byKey";
  public static final String DELETE_OF_PROFILE = "Draft.deleteOfProfile";
  public static final int AUTHOR_MAX = 64;
  public static final int TASK_MAX = 64;
  public static final int STEP_MAX = 32;

  /** Room for every field of a proposal at its longest, with twenty administrators. */
  public static final int CONTENT_MAX = 100_000;

  /** What a draft is written towards. */
  public enum Kind {
    NEW_PROPOSAL,
    REVISION
  }

  @Id
  @SequenceGenerator(name = "draftIds", sequenceName = "DRAFT_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draftIds")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, length = 16, updatable = false)
  private Kind kind;

  /** Unique: the database, not only this code, keeps one draft per author or revision task. */
  @Column(name = "DRAFT_OF", nullable = false, unique = true, length = 80, updatable = false)
  private String draftOf;

  @Column(name = "AUTHOR_ID", nullable = false, length = AUTHOR_MAX, updatable = false)
  private String authorId;

  @Column(name = "TASK_ID", length = TASK_MAX, updatable = false)
  private String taskId;

  @Column(name = "PROFILE_ID", updatable = false)
  private Long profileId;

  @Column(name = "STEP", length = STEP_MAX)
  private String step;

  @Column(name = "CONTENT", nullable = false, length = CONTENT_MAX)
  private String content;

  @Column(name = "SAVED_AT", nullable = false)
  private Instant savedAt;

  protected Draft() {}

  private Draft(Kind kind, String authorId, String taskId, Long profileId) {
    if (authorId == null || authorId.isBlank() || authorId.length() > AUTHOR_MAX) {
      throw new IllegalArgumentException("A draft has an author");
    }
    this.kind = kind;
    this.authorId = authorId;
    this.taskId = taskId;
    this.profileId = profileId;
    this.draftOf = keyOf(kind, kind == Kind.REVISION ? taskId : authorId);
  }

  /** The author's draft of a new proposal. */
  public static Draft ofNewProposal(String authorId, String content, String step, Instant savedAt) {
    Draft draft = new Draft(Kind.NEW_PROPOSAL, authorId, null, null);
    draft.rewrite(content, step, savedAt);
    return draft;
  }

  /** The proposer's changes to the proposal of {@code profileId}, returned in {@code taskId}. */
  public static Draft ofRevision(
      String taskId,
      long profileId,
      String authorId,
      String content,
      String step,
      Instant savedAt) {
    if (taskId == null || taskId.isBlank() || taskId.length() > TASK_MAX) {
      throw new IllegalArgumentException("A revision draft belongs to a revision task");
    }
    Draft draft = new Draft(Kind.REVISION, authorId, taskId, profileId);
    draft.rewrite(content, step, savedAt);
    return draft;
  }

  /** The key of an author's new proposal draft. */
  public static String keyOfNewProposal(String authorId) {
    return keyOf(Kind.NEW_PROPOSAL, authorId);
  }

  /** The key of the draft of a revision task. */
  public static String keyOfRevision(String taskId) {
    return keyOf(Kind.REVISION, taskId);
  }

  private static String keyOf(Kind kind, String id) {
    return (kind == Kind.REVISION ? "revision:" : "proposal:") + id;
  }

  /** The author saved again: what they have written now replaces what they wrote before. */
  public void rewrite(String content, String step, Instant savedAt) {
    checkFits(content, step);
    this.content = content;
    this.step = step;
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  /** What every draft can hold. */
  private static void checkFits(String content, String step) {
    Objects.requireNonNull(content, "content");
    if (content.length() > CONTENT_MAX) {
      throw new IllegalArgumentException("A draft holds at most " + CONTENT_MAX + " characters");
    }
    if (step != null && step.length() > STEP_MAX) {
      throw new IllegalArgumentException("No such step " + step);
    }
  }

  public boolean isAuthoredBy(String userId) {
    return authorId.equals(userId);
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  /** What the draft is of, unique among drafts: its author's new proposal or its revision task. */
  public String getDraftOf() {
    return draftOf;
  }

  public String getAuthorId() {
    return authorId;
  }

  /** The revision task; null for a new proposal. */
  public String getTaskId() {
    return taskId;
  }

  /** The profile being revised; null for a new proposal. */
  public Long getProfileId() {
    return profileId;
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
