package fi.virkaprofiili.profile.entity;

/** What happened to a profile; each is one line of its history. */
public enum ProfileEventType {
  PROPOSED,
  /** Brought in from an import file as an account already in use (R13). */
  IMPORTED,
  CONSENTED,
  CONSENT_DECLINED,
  APPROVED,
  AGREED,
  REJECTED,
  WITHDRAWN,
  RETURNED,
  REVISED,
  LISTED,
  REMINDED,
  ESCALATED,
  ACCESS_REGISTERED,
  ACCOUNT_RECORDED,
  REVIEWED,
  ADMINISTRATORS_CHANGED,
  CLOSURE_REQUESTED,
  KEPT,
  CLOSURE_DECIDED,
  CLOSURE_ANNOUNCED,
  /** The administrators, the owner, IT and communications were told of the decided closure. */
  CLOSURE_NOTIFIED,
  CLOSURE_NOTICE_POSTED,
  /** The owner was reminded to post the closure notice. */
  CLOSURE_NOTICE_REMINDED,
  /** The manager heard that the closure notice was overdue. */
  CLOSURE_NOTICE_ESCALATED,
  /** The closing date came before the owner confirmed the notice; the closure went on. */
  CLOSURE_NOTICE_NOT_CONFIRMED,
  ACCOUNT_CLOSED,
  ACCESS_REVOKED,
  CLOSED,
  /**
   * A person who left is no longer named in the closed profile: a pseudonym stands in their place
   * (the detail) once the retention period has passed.
   */
  PSEUDONYMISED;

  /** A notice the lifecycle gives by itself, e-mailed when a mail host is set. */
  public boolean isNotice() {
    return this == REMINDED
        || this == ESCALATED
        || this == CLOSURE_NOTIFIED
        || this == CLOSURE_NOTICE_REMINDED
        || this == CLOSURE_NOTICE_ESCALATED;
  }

  /** The closing steps a person does: the notice posted, the account closed, access revoked. */
  public boolean isClosingStep() {
    return this == CLOSURE_NOTICE_POSTED || this == ACCOUNT_CLOSED || this == ACCESS_REVOKED;
  }
}
