package fi.virkaprofiili.profile.entity;

/** Where a profile stands in its life. Stored by name. */
public enum ProfileState {
  PROPOSED,
  IN_DECISION,
  APPROVED,
  LISTED,
  CLOSING,
  CLOSED,
  REJECTED,
  WITHDRAWN;

  /**
   * Whether a profile in this state may move to {@code next}. The one guard of the lifecycle: a
   * {@link Profile} changes its state only through it.
   */
  public boolean leadsTo(ProfileState next) {
    return switch (this) {
      case PROPOSED -> next == IN_DECISION || next == WITHDRAWN;
      case IN_DECISION ->
          next == APPROVED || next == REJECTED || next == PROPOSED || next == WITHDRAWN;
      case APPROVED -> next == LISTED || next == PROPOSED;
      case LISTED -> next == CLOSING || next == CLOSED;
      case CLOSING -> next == CLOSED;
      case CLOSED, REJECTED, WITHDRAWN -> false;
    };
  }

  /**
   * States in which the profile holds its account, so that no other profile may name it: from the
   * proposal until it is closed. A closed, rejected or withdrawn profile frees its account.
   */
  public boolean holdsAccount() {
    return this != CLOSED && this != REJECTED && this != WITHDRAWN;
  }

  /** States in which the public registry shows the profile (R9, R12). */
  public boolean isPublic() {
    return this == LISTED || this == CLOSING || this == CLOSED;
  }
}
