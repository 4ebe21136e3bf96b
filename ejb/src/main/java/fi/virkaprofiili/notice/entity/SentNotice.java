package fi.virkaprofiili.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice already e-mailed to one recipient, by its idempotency key. */
@Entity
@Table(name = "SENT_NOTICE")
public class SentNotice {

  public static final int KEY_MAX = 400;

  @Id
  @Column(name = "NOTICE_KEY", length = KEY_MAX)
  private String key;

  @Column(name = "SENT_AT", nullable = false)
  private Instant sentAt;

  protected SentNotice() {}

  public SentNotice(String key, Instant sentAt) {
    this.key = key;
    this.sentAt = sentAt;
  }

  public String getKey() {
    return key;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
