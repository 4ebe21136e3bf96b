package fi.virkaprofiili.profile.entity;

/** Languages a profile is kept up in (R14): the community's languages, and others. */
public enum ProfileLanguage {
  FI,
  SV,
  EN,
  SMI,
  OTHER
}
