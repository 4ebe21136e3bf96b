package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.platform.config.DateStyle;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The texts a profile publishes about itself, written in each of its languages that the product has
 * words for (Finnish, Swedish, English): the account's "about" text naming its purpose and
 * administrators (R7, R15), and the announcement of its closure (R12).
 */
public final class PublishedTexts {

  private static final String BUNDLE = "fi.virkaprofiili.profile.entity.published";
  private static final List<ProfileLanguage> WRITTEN =
      List.of(ProfileLanguage.FI, ProfileLanguage.SV, ProfileLanguage.EN);

  /** The shorter "about" texts, longest first, for a service whose description is short. */
  private static final List<String> SHORTER_ABOUT =
      List.of("about.noAdministrators", "about.noPurpose", "about.unitOnly");

  private PublishedTexts() {}

  /** The "about" text by language, for the account's description (R7, R15). */
  public static Map<ProfileLanguage, String> about(Profile profile) {
    return inLanguagesOf(profile, bundle -> aboutText(profile, bundle, "about"));
  }

  /**
   * The "about" text by language in the version that fits the description of the profile's service
   * ({@link BioLimits}): the full text where it fits; else without the administrators, then without
   * the purpose, then only whose account it is; at last cut at a word, with an ellipsis. The full
   * text stays in {@link #about}; the short ones are what the service takes.
   */
  public static Map<ProfileLanguage, AboutText> aboutForService(Profile profile) {
    OptionalInt limit = BioLimits.of(profile.getChannel());
    Map<ProfileLanguage, String> full = about(profile);
    Map<ProfileLanguage, String> fitted =
        inLanguagesOf(
            profile,
            bundle -> {
              String text = aboutText(profile, bundle, "about");
              if (limit.isEmpty()) {
                return text;
              }
              for (String shorter : SHORTER_ABOUT) {
                if (BioLimits.length(text) <= limit.getAsInt()) {
                  return text;
                }
                text = aboutText(profile, bundle, shorter);
              }
              return cut(text, limit.getAsInt());
            });
    Map<ProfileLanguage, AboutText> texts = new LinkedHashMap<>();
    fitted.forEach(
        (language, text) ->
            texts.put(
                language,
                new AboutText(
                    text,
                    BioLimits.length(text),
                    limit.isPresent() ? limit.getAsInt() : null,
                    !text.equals(full.get(language)))));
    return texts;
  }

  /** The text cut at the last word that fits with an ellipsis, counted as the services count. */
  static String cut(String text, int limit) {
    if (BioLimits.length(text) <= limit) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(0, limit - 1));
    int space = text.lastIndexOf(' ', end);
    String kept = (space > 0 ? text.substring(0, space) : text.substring(0, end)).stripTrailing();
    return kept + "\u2026";
  }

  private static String aboutText(Profile profile, ResourceBundle bundle, String key) {
    return format(
        bundle,
        key,
        profile.getName(),
        profile.getUnit().name(localeOf(bundle)),
        profile.getPurpose(),
        profile.getAdministrators().stream()
            .map(admin -> admin.getName() + " (" + admin.getJobTitle() + ")")
            .collect(Collectors.joining(", ")),
        profile.getUpkeep().getOfficialContact());
  }

  /** The closure announcement by language, to be posted on the channel (R12). */
  public static Map<ProfileLanguage, String> closureAnnouncement(Profile profile) {
    Closure closure = profile.getClosure();
    if (closure == null) {
      throw new IllegalStateException("Profile " + profile.getId() + " has no closure decided");
    }
    return inLanguagesOf(
        profile,
        bundle ->
            format(
                bundle,
                "closure",
                profile.getName(),
                DateStyle.day(closure.getClosingOn(), localeOf(bundle)),
                closure.getReason(),
                closure.getRedirectUrl()));
  }

  /** The languages of the profile that the product writes; Finnish when it has none of them. */
  private static Map<ProfileLanguage, String> inLanguagesOf(
      Profile profile, Function<ResourceBundle, String> text) {
    List<ProfileLanguage> languages =
        WRITTEN.stream().filter(profile.getLanguages()::contains).toList();
    if (languages.isEmpty()) {
      languages = List.of(ProfileLanguage.FI);
    }
    Map<ProfileLanguage, String> texts = new LinkedHashMap<>();
    for (ProfileLanguage language : languages) {
      texts.put(
          language,
          text.apply(
              ResourceBundle.getBundle(
                  BUNDLE, Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT)))));
    }
    return texts;
  }

  private static Locale localeOf(ResourceBundle bundle) {
    return Locale.forLanguageTag(bundle.getString("locale"));
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), localeOf(bundle)).format(arguments);
  }
}
