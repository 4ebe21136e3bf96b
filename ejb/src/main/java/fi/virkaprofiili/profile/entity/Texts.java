package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.platform.validation.TextCharacters;

/** The one place that says what counts as a given text in the profile's rules. */
final class Texts {

  private Texts() {}

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  static String required(String value, String what) {
    if (!present(value)) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  static String optional(String value) {
    return present(value) ? value.strip() : null;
  }

  /**
   * {@code value} unchanged if it is on one line with no control character: such a text (a name, an
   * address) is shown verbatim in plain-text e-mail, where a line break would forge a line.
   */
  static String singleLine(String value, String what) {
    if (!TextCharacters.isSingleLine(value)) {
      throw new IllegalArgumentException(what + " must be one line without control characters");
    }
    return value;
  }
}
