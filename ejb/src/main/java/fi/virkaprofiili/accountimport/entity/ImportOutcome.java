package fi.virkaprofiili.accountimport.entity;

/** What became of one row. Stored by name. */
public enum ImportOutcome {
  /** Listed in the registry, its lifecycle started in use. */
  ACCEPTED,
  /** Broke a rule; nothing of it was stored but the reasons. */
  REJECTED,
  /** Its account is already in the registry, so nothing was added. */
  DUPLICATE
}
