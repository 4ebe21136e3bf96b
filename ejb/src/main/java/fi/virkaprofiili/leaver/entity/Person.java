package fi.virkaprofiili.leaver.entity;

import fi.virkaprofiili.profile.entity.Administrator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person as the identity store knows them, and how they are recognised where a profile names
 * people in words of its own. A profile's administrator is the person when the administrator's
 * e-mail address is the person's (case aside), or, for an administrator without an address, when
 * the names are the same (case and spacing aside). Access registered by IT (free text, R8) is the
 * person's when it names their user id as a word, their e-mail address or their full name.
 */
public record Person(String userId, String firstName, String lastName, String email) {

  public Person {
    Objects.requireNonNull(userId, "userId");
  }

  /** First and last name, or the user id when the store has no name. */
  public String fullName() {
    String name = normalised((blankToEmpty(firstName) + " " + blankToEmpty(lastName)));
    return name.isEmpty() ? userId : name;
  }

  public boolean isAdministrator(Administrator administrator) {
    if (administrator.getEmail() != null && !administrator.getEmail().isBlank()) {
      return hasEmail() && administrator.getEmail().strip().equalsIgnoreCase(email.strip());
    }
    return lower(normalised(administrator.getName())).equals(lower(fullName()));
  }

  /** Whether IT's record of who holds access (free text) names this person. */
  public boolean holdsAccessBy(String holders) {
    if (holders == null || holders.isBlank()) {
      return false;
    }
    String text = lower(normalised(holders));
    return Pattern.compile(
                "(?<![\\p{L}\\p{N}._-])" + Pattern.quote(lower(userId)) + "(?![\\p{L}\\p{N}_-])")
            .matcher(text)
            .find()
        || (hasEmail() && text.contains(lower(email.strip())))
        || (!fullName().equals(userId) && text.contains(lower(fullName())));
  }

  private boolean hasEmail() {
    return email != null && !email.isBlank();
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String normalised(String value) {
    return value.strip().replaceAll("\\s+", " ");
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
