package fi.virkaprofiili.profile.entity;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a person who left was, as profiles name them: by user id where they acted, by name and e-mail
 * address where people wrote about them (administrators, access holders, reasons). Once a closed
 * profile's retention has passed these give way to a pseudonym.
 */
public final class FormerPerson {

  private final String userId;
  private final String fullName;
  private final String email;

  /**
   * @param fullName their name as the identity store had it; null or blank when unknown
   * @param email their e-mail address; null or blank when unknown
   */
  public FormerPerson(String userId, String fullName, String email) {
    this.userId = Texts.required(userId, "userId");
    this.fullName = fullName == null || fullName.isBlank() ? null : fullName.strip();
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public String getUserId() {
    return userId;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  boolean actedAs(String actorId) {
    return userId.equals(actorId);
  }

  /** The administrator entry names this person: by e-mail address, or by name. */
  boolean isNamedBy(Administrator administrator) {
    return (email != null && email.equalsIgnoreCase(administrator.getEmail()))
        || (fullName != null && fullName.equalsIgnoreCase(administrator.getName()));
  }

  /** Whether a text someone wrote names this person by name or e-mail address. */
  boolean isNamedIn(String text) {
    return text != null && !replaceIn(text, "").equals(text);
  }

  /**
   * The text with this person's name and e-mail address replaced, ignoring case. A name is replaced
   * only as a whole word: "Anna Ek" is not found inside "Hanna Ekberg".
   */
  String replaceIn(String text, String pseudonym) {
    if (text == null) {
      return null;
    }
    String result = text;
    if (email != null) {
      result = replaceWord(result, email, pseudonym);
    }
    if (fullName != null) {
      result = replaceWord(result, fullName, pseudonym);
    }
    return result;
  }

  /** As {@link #replaceIn}, and their user id too, as a whole word: for values such as details. */
  String replaceIdentifiersIn(String text, String pseudonym) {
    return text == null ? null : replaceWord(replaceIn(text, pseudonym), userId, pseudonym);
  }

  private static String replaceWord(String text, String word, String replacement) {
    Pattern whole =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}._@-])"
                + Pattern.quote(word)
                + "(?![\\p{L}\\p{N}@-]|\\.[\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return whole.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FormerPerson that && userId.equals(that.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId);
  }

  @Override
  public String toString() {
    return userId;
  }
}
