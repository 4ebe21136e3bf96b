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

  /** States in which the public registry shows the profile (R9, R12). */
  public boolean isPublic() {
    return this == LISTED || this == CLOSING || this == CLOSED;
  }
}
