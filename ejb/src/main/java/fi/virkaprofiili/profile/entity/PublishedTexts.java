package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.platform.config.DateStyle;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  private PublishedTexts() {}

  /** The "about" text by language, for the account's description (R7, R15). */
  public static Map<ProfileLanguage, String> about(Profile profile) {
    return inLanguagesOf(
        profile,
        bundle ->
            format(
                bundle,
                "about",
                profile.getName(),
                profile.getUnit().name(localeOf(bundle)),
                profile.getPurpose(),
                profile.getAdministrators().stream()
                    .map(admin -> admin.getName() + " (" + admin.getJobTitle() + ")")
                    .collect(Collectors.joining(", ")),
                profile.getUpkeep().getOfficialContact()));
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
