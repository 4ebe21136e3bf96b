package fi.virkaprofiili.profile.entity;

/** What happened to a profile; each is one line of its history. */
public enum ProfileEventType {
  PROPOSED,
  CONSENTED,
  CONSENT_DECLINED,
  APPROVED,
  AGREED,
  REJECTED,
  WITHDRAWN,
  RETURNED,
  REVISED,
  LISTED
}
