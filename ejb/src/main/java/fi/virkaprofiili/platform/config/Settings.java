package fi.virkaprofiili.platform.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's settings, read from MicroProfile Config: system properties
 * ({@code -Dvirkaprofiili.db.url=...}), environment variables ({@code VIRKAPROFIILI_DB_URL}) and
 * the defaults in {@code META-INF/microprofile-config.properties}.
 *
 * <p>Static because the container creates the data source before CDI is up.
 */
public final class Settings {

  public static final String DB_URL = "virkaprofiili.db.url";
  public static final String DB_USER = "virkaprofiili.db.user";
  public static final String DB_PASSWORD = "virkaprofiili.db.password";
  public static final String DEMO = "virkaprofiili.demo";
  public static final String INITIAL_ADMIN_USER = "virkaprofiili.admin.initial-user";
  public static final String INITIAL_ADMIN_PASSWORD = "virkaprofiili.admin.initial-password";

  /** The embedded default: an H2 file database under {@code data/} of the working directory. */
  public static final String EMBEDDED_DB_URL = "jdbc:h2:file:./data/virkaprofiili";

  private Settings() {}

  public static String databaseUrl() {
    return value(DB_URL, EMBEDDED_DB_URL);
  }

  public static String databaseUser() {
    return value(DB_USER, isEmbeddedDatabase() ? "sa" : "");
  }

  public static String databasePassword() {
    return value(DB_PASSWORD, "");
  }

  public static boolean isEmbeddedDatabase() {
    return databaseUrl().startsWith("jdbc:h2:");
  }

  /** Demo mode is on for the embedded default and off for any other database, unless set. */
  public static boolean isDemo() {
    return Boolean.parseBoolean(value(DEMO, Boolean.toString(isEmbeddedDatabase())));
  }

  public static String value(String key, String defaultValue) {
    return config().getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(defaultValue);
  }

  private static Config config() {
    return ConfigProvider.getConfig(Settings.class.getClassLoader());
  }
}
