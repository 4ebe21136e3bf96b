package fi.virkaprofiili.worklist.boundary;

import java.time.Instant;

/** A note someone left on a task for those who work on it: who, when, and what. */
public final class TaskComment {

  /** Long enough for a note; the engine keeps comments up to 4000 characters. */
  public static final int TEXT_MAX = 2000;

  private final String author;
  private final Instant at;
  private final String text;

  public TaskComment(String author, Instant at, String text) {
    this.author = author;
    this.at = at;
    this.text = text;
  }

  /** The user id of whoever wrote it. */
  public String getAuthor() {
    return author;
  }

  public Instant getAt() {
    return at;
  }

  /** As it was typed; pages show it as text. */
  public String getText() {
    return text;
  }
}
