package fi.virkaprofiili.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every module's bundles keep: texts in Finnish, Swedish and English, each written once,
 * English in the base bundle and nothing in the {@code _en} file but its existence; the same keys
 * and placeholders in every language; no language that merely repeats another. A bundle is found by
 * its files: every {@code X_fi}, {@code X_sv} or {@code X_en} beside an {@code X.properties} under
 * the module's src/main/resources. Each module's {@code BundlesTest} extends this (web/ reads it
 * from ejb's test jar), naming the keys that are rightly the same in two languages.
 */
public abstract class BundleRules {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern LOCALE_FILE = Pattern.compile("(.+)_([a-z]{2})\\.properties");
  private static final List<String> TRANSLATIONS = List.of("fi", "sv");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^},]+)");

  /** Keys whose value is rightly the same in two languages (a name, an address). */
  protected abstract Set<String> sameInTwoLanguages();

  protected static Stream<String> bundles() throws IOException {
    Set<String> bundles = new TreeSet<>();
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      files.forEach(
          file -> {
            Matcher locale = LOCALE_FILE.matcher(RESOURCES.relativize(file).toString());
            if (locale.matches()) {
              bundles.add(locale.group(1));
            }
          });
    }
    return bundles.stream();
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyLanguageHasEveryKeyOfTheBaseAndNoOther(String bundle) throws IOException {
    Set<String> english = load(bundle, "").stringPropertyNames();
    for (String language : TRANSLATIONS) {
      assertThat(load(bundle, language).stringPropertyNames())
          .as("keys of %s_%s against the English base", bundle, language)
          .containsExactlyInAnyOrderElementsOf(english);
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void englishIsWrittenInTheBaseBundleAlone(String bundle) throws IOException {
    assertThat(load(bundle, "en").stringPropertyNames())
        .as("keys in %s_en: English belongs in %s.properties", bundle, bundle)
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void englishIsTheBaseBundleWhenTheServerSpeaksFinnish(String bundle) throws IOException {
    Properties english = load(bundle, "");
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("fi"));
      ResourceBundle.clearCache();
      // The default lookup, with its fallback to the server's language, as JSF and Bean
      // Validation do it.
      ResourceBundle resolved = ResourceBundle.getBundle(bundle.replace('/', '.'), Locale.ENGLISH);
      for (String key : english.stringPropertyNames()) {
        assertThat(resolved.getString(key)).as(key).isEqualTo(english.getProperty(key));
      }
    } finally {
      Locale.setDefault(server);
      ResourceBundle.clearCache();
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void noLanguageMerelyRepeatsAnother(String bundle) throws IOException {
    Map<String, Properties> languages = new LinkedHashMap<>();
    languages.put("en", load(bundle, ""));
    for (String language : TRANSLATIONS) {
      languages.put(language, load(bundle, language));
    }
    List<String> repeated = new ArrayList<>();
    List<String> names = List.copyOf(languages.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Properties one = languages.get(names.get(i));
        Properties other = languages.get(names.get(j));
        for (String key : one.stringPropertyNames()) {
          if (!sameInTwoLanguages().contains(key)
              && one.getProperty(key).equals(other.getProperty(key))) {
            repeated.add(names.get(i) + "=" + names.get(j) + ": " + key);
          }
        }
      }
    }
    assertThat(repeated).as("texts left untranslated in %s", bundle).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyLanguageFillsInTheSamePlaceholders(String bundle) throws IOException {
    Properties english = load(bundle, "");
    for (String language : TRANSLATIONS) {
      Properties translated = load(bundle, language);
      for (String key : english.stringPropertyNames()) {
        assertThat(placeholders(translated.getProperty(key, "")))
            .as("placeholders of %s in %s_%s", key, bundle, language)
            .isEqualTo(placeholders(english.getProperty(key)));
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      names.add(placeholder.group(1));
    }
    return names;
  }

  /** One file of the bundle, read as ResourceBundle reads it (UTF-8); a key twice is an error. */
  private static Properties load(String bundle, String language) throws IOException {
    Path file =
        RESOURCES.resolve(bundle + (language.isEmpty() ? "" : "_" + language) + ".properties");
    assertThat(file).as("a file of the bundle %s", bundle).exists();
    Properties properties =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            Object before = super.put(key, value);
            assertThat(before).as("%s given twice in %s", key, file).isNull();
            return before;
          }
        };
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
