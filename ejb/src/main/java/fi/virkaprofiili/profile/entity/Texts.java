package fi.virkaprofiili.profile.entity;

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
}
