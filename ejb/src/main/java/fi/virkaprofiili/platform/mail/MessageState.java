package fi.virkaprofiili.platform.mail;

/** Where an outbox message is on its way. */
public enum MessageState {
  /** Waiting for its first or next attempt. */
  PENDING,
  /** Accepted by the mail server. */
  SENT,
  /** Given up on after the configured attempts; the operator sees it counted in health. */
  FAILED
}
