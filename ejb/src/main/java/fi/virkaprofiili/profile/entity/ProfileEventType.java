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
  /** Moved to another unit in a reorganisation; the detail is the two units' codes. */
  UNIT_CHANGED,
  /**
   * The open manager's tasks (decision, overdue review, closure decision) went to the new manager;
   * the detail is that manager and the tasks.
   */
  MANAGER_TASKS_FOLLOWED,
  /** An administrator left the organisation and was taken off the profile (issue 12). */
  ADMINISTRATOR_LEFT,
  /** The manager named another administrator in place of one who left (R3). */
  ADMINISTRATOR_NAMED,
  /** IT was asked to revoke the access of a person who left. */
  ACCESS_REVOCATION_ASKED,
  /** IT revoked the access of a person who left, and the register says who holds it now (R8). */
  LEAVERS_ACCESS_REVOKED,
  /** A task of a person who left went to the unit's manager. */
  TASK_HANDED_ON,
  /** The owner left; the unit's manager owns the profile now and gets its owner's tasks. */
  OWNER_CHANGED,
  /** The proposer left before the decision; the proposal was withdrawn. */
  PROPOSER_LEFT,
  /** The expert an expert profile speaks for left; its closure was asked for (R5). */
  EXPERT_LEFT,
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
