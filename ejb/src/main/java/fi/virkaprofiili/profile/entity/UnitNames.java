package fi.virkaprofiili.profile.entity;

import java.util.Locale;

/**
 * A unit's name in the portal's three languages, each required, on one line and at most {@link
 * #MAX} characters.
 */
public record UnitNames(String fi, String sv, String en) {

  public static final int MAX = 200;

  public UnitNames {
    fi = checked(fi, "name (fi)");
    sv = checked(sv, "name (sv)");
    en = checked(en, "name (en)");
  }

  public String in(Locale locale) {
    return switch (locale.getLanguage()) {
      case "sv" -> sv;
      case "en" -> en;
      default -> fi;
    };
  }

  /** The three names as the unit's history keeps them: one value, the same in every language. */
  String asDetail() {
    return fi + " / " + sv + " / " + en;
  }

  private static String checked(String name, String what) {
    String value = Texts.singleLine(Texts.required(name, what), what);
    if (value.length() > MAX) {
      throw new IllegalArgumentException(what + " is longer than " + MAX);
    }
    return value;
  }
}
