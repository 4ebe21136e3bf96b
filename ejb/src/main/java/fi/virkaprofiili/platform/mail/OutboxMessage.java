package fi.virkaprofiili.platform.mail;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One e-mail to one recipient. Its {@code noticeKey} says what it is about and to whom, so that the
 * same notice is never written twice; its id makes its Message-ID, so that a message sent again
 * after a crash between the server's acceptance and its marking is known as the same message.
 *
 * <p>Not in the shared cache: nodes claim messages with bulk updates, which the cache would miss.
 */
@Entity
@Cacheable(false)
@Table(name = "OUTBOX_MESSAGE")
public class OutboxMessage {

  public static final int KEY_MAX = 400;
  static final int SUBJECT_MAX = 1000;
  static final int ERROR_MAX = 1000;
  static final int BODY_MAX = 100_000;

  @Id
  @SequenceGenerator(name = "outboxIds", sequenceName = "OUTBOX_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outboxIds")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private int version;

  @Column(name = "NOTICE_KEY", nullable = false, unique = true, length = KEY_MAX)
  private String noticeKey;

  @Column(name = "RECIPIENT", nullable = false, length = 320)
  private String recipient;

  @Column(name = "SUBJECT", nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "BODY", nullable = false, length = BODY_MAX)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 16)
  private MessageState state;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "CLAIMED_BY", length = 64)
  private String claimedBy;

  @Column(name = "CLAIMED_UNTIL")
  private Instant claimedUntil;

  @Column(name = "SENT_AT")
  private Instant sentAt;

  @Column(name = "LAST_ERROR", length = ERROR_MAX)
  private String lastError;

  protected OutboxMessage() {}

  /** A message due at once. */
  public OutboxMessage(
      String noticeKey, String recipient, String subject, String body, Instant createdAt) {
    if (noticeKey.length() > KEY_MAX) {
      throw new IllegalArgumentException("Notice key too long: " + noticeKey);
    }
    this.noticeKey = noticeKey;
    this.recipient = recipient;
    this.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
    if (body.length() > BODY_MAX) {
      throw new IllegalArgumentException("E-mail body too long for " + noticeKey);
    }
    this.body = body;
    this.state = MessageState.PENDING;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  /** The server accepted it: it is never sent again. */
  void delivered(Instant at) {
    state = MessageState.SENT;
    sentAt = at;
    attempts++;
    release();
  }

  /**
   * The attempt failed: the message waits its back-off, or is given up on after the last attempt.
   * Answers whether this failure was the last.
   */
  boolean attemptFailed(String error, Instant at, DeliveryPolicy policy) {
    attempts++;
    lastError =
        error == null ? "" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    release();
    if (attempts >= policy.maxAttempts()) {
      state = MessageState.FAILED;
      return true;
    }
    nextAttemptAt = at.plus(policy.delayAfter(attempts));
    return false;
  }

  /** Whether the node that claimed it under {@code claim} still holds it. */
  boolean isClaimedBy(String claim) {
    return state == MessageState.PENDING && claim.equals(claimedBy);
  }

  private void release() {
    claimedBy = null;
    claimedUntil = null;
  }

  public Long getId() {
    return id;
  }

  public String getNoticeKey() {
    return noticeKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public MessageState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
