package fi.virkaprofiili.worklist.boundary;

import java.time.Instant;

/** A note someone left on a task for those who work on it: who, when, and what. */
public record TaskComment(String author, Instant at, String text) {

  /** Long enough for a note; the engine keeps comments up to 4000 characters. */
  public static final int TEXT_MAX = 2000;
}
