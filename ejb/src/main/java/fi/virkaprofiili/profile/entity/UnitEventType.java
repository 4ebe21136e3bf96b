package fi.virkaprofiili.profile.entity;

/** What changed in a unit; each is one line of the unit's history, always with who and why. */
public enum UnitEventType {
  /** The unit was created; the detail is its names. */
  CREATED,
  /** The detail is the new names. */
  RENAMED,
  /** Placed under another unit; the detail is its code, none when moved to the top. */
  PARENT_CHANGED,
  /** The detail is the new manager's user id. */
  MANAGER_CHANGED,
  /** Profiles came from another unit in a reorganisation; the detail is the unit and the names. */
  PROFILES_MOVED_IN,
  /** Profiles went to another unit in a reorganisation; the detail is the unit and the names. */
  PROFILES_MOVED_OUT,
  /** The manager is away: their deputy decides for the unit. */
  DEPUTY_STARTED,
  /** The manager is back. */
  DEPUTY_ENDED
}
