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
 * An unfinished proposal, saved as its author goes through the wizard, so that closing the browser
 * loses nothing. It is not a proposal: nobody decides it and no process knows it. Each author has
 * at most one; only they may read, change or discard it.
 */
@Entity
@Table(name = "PROPOSAL_DRAFT")
@NamedQuery(
    name = ProposalDraft.BY_AUTHOR,
    query = "select d from ProposalDraft d where d.authorId = :authorId")
public class ProposalDraft {

  public static final String BY_AUTHOR = "ProposalDraft.byAuthor";
  public static final int AUTHOR_MAX = 64;
  public static final int STEP_MAX = 32;

  /** Room for every field of a proposal at its longest, with twenty administrators. */
  public static final int CONTENT_MAX = 100_000;

  @Id
  @SequenceGenerator(
      name = "proposalDraftIds",
      sequenceName = "PROPOSAL_DRAFT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposalDraftIds")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(
      name = "AUTHOR_ID",
      nullable = false,
      length = AUTHOR_MAX,
      unique = true,
      updatable = false)
  private String authorId;

  @Column(name = "STEP", length = STEP_MAX)
  private String step;

  @Column(name = "CONTENT", nullable = false, length = CONTENT_MAX)
  private String content;

  @Column(name = "SAVED_AT", nullable = false)
  private Instant savedAt;

  protected ProposalDraft() {}

  public ProposalDraft(String authorId, String content, String step, Instant savedAt) {
    if (authorId == null || authorId.isBlank()) {
      throw new IllegalArgumentException("A draft has an author");
    }
    this.authorId = authorId;
    rewrite(content, step, savedAt);
  }

  /** The author saved again: what they have written now replaces what they wrote before. */
  public void rewrite(String content, String step, Instant savedAt) {
    checkFits(content, step);
    this.content = content;
    this.step = step;
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  /** What every draft, of a new proposal or of a revision, can hold. */
  static void checkFits(String content, String step) {
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
