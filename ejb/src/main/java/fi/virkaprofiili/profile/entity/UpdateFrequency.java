package fi.virkaprofiili.profile.entity;

/** How often the profile is updated (R2); several times a week is the norm. */
public enum UpdateFrequency {
  DAILY,
  SEVERAL_TIMES_A_WEEK,
  WEEKLY,
  MONTHLY
}
