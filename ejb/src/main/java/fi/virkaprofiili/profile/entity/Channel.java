package fi.virkaprofiili.profile.entity;

/** The social media service a profile lives on. */
public enum Channel {
  FACEBOOK,
  INSTAGRAM,
  X,
  LINKEDIN,
  YOUTUBE,
  TIKTOK,
  THREADS,
  MASTODON,
  BLUESKY,
  OTHER
}
