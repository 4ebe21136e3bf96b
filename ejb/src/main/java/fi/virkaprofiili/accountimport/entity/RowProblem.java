package fi.virkaprofiili.accountimport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One reason a row was refused: the column it concerns and a message key, with the one value the
 * message names (a maximum length, say). Kept as a key, not as text, so that each reader of the
 * report sees it in their own language.
 */
@Embeddable
public class RowProblem {

  @Column(name = "COLUMN_NAME", length = 64)
  private String column;

  @Column(name = "MESSAGE_KEY", nullable = false, length = 100)
  private String messageKey;

  @Column(name = "ARGUMENT", length = 255)
  private String argument;

  protected RowProblem() {}

  public RowProblem(String column, String messageKey, String argument) {
    if (messageKey == null || messageKey.isBlank()) {
      throw new IllegalArgumentException("A problem has a message key");
    }
    this.column = column;
    this.messageKey = messageKey;
    this.argument =
        argument == null || argument.length() <= 255 ? argument : argument.substring(0, 255);
  }

  public static RowProblem of(String column, String messageKey) {
    return new RowProblem(column, messageKey, null);
  }

  /** The column's name as the file's header writes it; empty for the row as a whole. */
  public String getColumn() {
    return column;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getArgument() {
    return argument;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowProblem that
        && Objects.equals(column, that.column)
        && messageKey.equals(that.messageKey)
        && Objects.equals(argument, that.argument);
  }

  @Override
  public int hashCode() {
    return Objects.hash(column, messageKey, argument);
  }

  @Override
  public String toString() {
    return (column == null ? "" : column + ": ")
        + messageKey
        + (argument == null ? "" : " (" + argument + ")");
  }
}
