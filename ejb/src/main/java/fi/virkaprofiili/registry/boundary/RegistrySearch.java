package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.platform.validation.TextCharacters;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.ProfileState;
import java.io.Serializable;

/**
 * What someone looks for in the public registry: words in the name, a unit, a channel, a language,
 * a state (listed, closing or closed), and which page of the answer.
 */
public record RegistrySearch(
    String words,
    String unitCode,
    Channel channel,
    ProfileLanguage language,
    ProfileState state,
    int page,
    int size)
    implements Serializable {

  public static final int MAX_SIZE = 100;
  public static final int WORDS_MAX = 200;

  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  public RegistrySearch {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_SIZE);
    }
    if (state != null && !state.isPublic()) {
      throw new IllegalArgumentException(
          "the registry shows listed, closing and closed profiles only");
    }
    if (words != null && words.length() > WORDS_MAX) {
      throw new IllegalArgumentException("words longer than " + WORDS_MAX);
    }
    if (unitCode != null && !TextCharacters.isSingleLine(unitCode)) {
      // no unit's code has control characters, and PostgreSQL refuses a NUL in a query: the
      // replacement character keeps the search one for a unit that does not exist
      unitCode = CONTROL.matcher(unitCode).replaceAll("\uFFFD");
    }
    if (words != null && !TextCharacters.isSingleLine(words)) {
      // no name has control characters, and PostgreSQL refuses a NUL in a query: look for the
      // words around them
      words = CONTROL.matcher(words).replaceAll(" ").strip();
      words = words.isEmpty() ? null : words;
    }
  }
}
