package fi.virkaprofiili.platform.config;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's settings, read from MicroProfile Config: system properties ({@code
 * -Dvirkaprofiili.db.url=...}), environment variables ({@code VIRKAPROFIILI_DB_URL}) and the
 * defaults in {@code META-INF/microprofile-config.properties}.
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

  public static final String TIME_ZONE = "virkaprofiili.time-zone";
  public static final String PORTAL_URL = "virkaprofiili.portal-url";
  public static final String DECISION_REMINDER_WORKING_DAYS =
      "virkaprofiili.decision.reminder-working-days";
  public static final String DECISION_ESCALATION_WORKING_DAYS =
      "virkaprofiili.decision.escalation-working-days";
  public static final String REVIEW_OVERDUE_DAYS = "virkaprofiili.review.overdue-days";
  public static final String INVESTIGATION_OVERDUE_WORKING_DAYS =
      "virkaprofiili.report.investigation-overdue-working-days";
  public static final String CLOSURE_NOTICE_DAYS = "virkaprofiili.closure.minimum-notice-days";
  public static final String CLOSURE_NOTICE_DUE_DAYS =
      "virkaprofiili.closure.notice-due-days-before";
  public static final String CLOSURE_NOTICE_REMINDER_DAYS =
      "virkaprofiili.closure.notice-reminder-days-before-due";
  public static final String CLOSED_VISIBLE_DAYS = "virkaprofiili.registry.closed-visible-days";
  public static final String MAIL_HOST = "virkaprofiili.mail.host";
  public static final String MAIL_PORT = "virkaprofiili.mail.port";
  public static final String MAIL_USER = "virkaprofiili.mail.user";
  public static final String MAIL_PASSWORD = "virkaprofiili.mail.password";
  public static final String MAIL_STARTTLS = "virkaprofiili.mail.starttls";
  public static final String MAIL_FROM = "virkaprofiili.mail.from";

  /** How many times an e-mail is tried before it is left FAILED for the operator. */
  public static final String MAIL_MAX_ATTEMPTS = "virkaprofiili.mail.max-attempts";

  /** How long a failed e-mail waits before its second attempt (ISO-8601, e.g. PT1M). */
  public static final String MAIL_RETRY_FIRST = "virkaprofiili.mail.retry-first";

  /** The longest wait between two attempts: each wait is twice the one before, up to this. */
  public static final String MAIL_RETRY_LONGEST = "virkaprofiili.mail.retry-longest";

  /**
   * How long a node holds the e-mails it claimed (ISO-8601): a node that dies holding them has them
   * sent by another after this.
   */
  public static final String MAIL_CLAIM_TIME = "virkaprofiili.mail.claim-time";

  /**
   * The reverse proxies whose word on the client's address is taken: addresses or CIDR blocks,
   * separated by commas. Empty (the default): the address the connection comes from.
   */
  public static final String PROXY_TRUSTED = "virkaprofiili.proxy.trusted";

  /**
   * The header a trusted proxy names the client in: {@code X-Forwarded-For} or {@code Forwarded}.
   */
  public static final String PROXY_CLIENT_HEADER = "virkaprofiili.proxy.client-header";

  /**
   * How long a node holds the jobs it took before another node may take them (seconds): the time a
   * node that died keeps its jobs from running elsewhere. Longer than any job runs.
   */
  public static final String JOB_LOCK_SECONDS = "virkaprofiili.jobs.lock-seconds";

  /**
   * The longest a node waits between two looks for due jobs when it found none (seconds): with
   * {@link #JOB_LOCK_SECONDS}, the longest a dead node's jobs wait for another node.
   */
  public static final String JOB_IDLE_WAIT_SECONDS = "virkaprofiili.jobs.idle-wait-seconds";

  /**
   * The organisation's OpenID Connect provider, its issuer URL (discovery at {@code
   * <issuer>/.well-known/openid-configuration}). Set with the client id and secret, the portal
   * signs in through the provider instead of its own form.
   */
  public static final String OIDC_ISSUER = "virkaprofiili.oidc.issuer";

  public static final String OIDC_CLIENT_ID = "virkaprofiili.oidc.client-id";
  public static final String OIDC_CLIENT_SECRET = "virkaprofiili.oidc.client-secret";

  /** The scopes asked for besides {@code openid}, separated by spaces. */
  public static final String OIDC_SCOPES = "virkaprofiili.oidc.scopes";

  /** The claims that carry the user id, first and last name, e-mail and groups. */
  public static final String OIDC_CLAIM_USER_ID = "virkaprofiili.oidc.claim.user-id";

  public static final String OIDC_CLAIM_FIRST_NAME = "virkaprofiili.oidc.claim.first-name";
  public static final String OIDC_CLAIM_LAST_NAME = "virkaprofiili.oidc.claim.last-name";
  public static final String OIDC_CLAIM_EMAIL = "virkaprofiili.oidc.claim.email";
  public static final String OIDC_CLAIM_GROUPS = "virkaprofiili.oidc.claim.groups";

  /**
   * The provider groups that mean a role: {@code virkaprofiili.oidc.groups.<role>} (e.g. {@code
   * virkaprofiili.oidc.groups.managers}), provider group names separated by commas.
   */
  public static final String OIDC_GROUPS_PREFIX = "virkaprofiili.oidc.groups.";

  /**
   * The one administrator who may still sign in with the portal's own form while people sign in
   * through the provider: the way in when the provider is down (the break-glass page).
   */
  public static final String ADMIN_BREAK_GLASS_USER = "virkaprofiili.admin.break-glass-user";

  /**
   * How long after its closure a closed profile keeps the names and contact details of people who
   * left, as an ISO-8601 period (default {@code P2Y}); then they give way to pseudonyms.
   */
  public static final String PRIVACY_RETENTION = "virkaprofiili.privacy.retention";

  /**
   * How long a sent e-mail keeps its address, subject and text in the outbox, as an ISO-8601 period
   * (default {@code P90D}); afterwards only its key stays, which says it was sent.
   */
  public static final String MAIL_KEEP_SENT = "virkaprofiili.mail.keep-sent";

  /**
   * The embedded default, for trying the product: an H2 file database under {@code data/} of the
   * working directory. {@code WRITE_DELAY=0} writes each commit to the file before it is
   * acknowledged (H2's default delays it up to half a second, so a crash or a full disk lost
   * acknowledged steps). Real data belongs on PostgreSQL.
   */
  public static final String EMBEDDED_DB_URL = "jdbc:h2:file:./data/virkaprofiili;WRITE_DELAY=0";

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

  /** The organisation's time zone: where a date such as a closing date begins and ends. */
  public static ZoneId timeZone() {
    return ZoneId.of(value(TIME_ZONE, "Europe/Helsinki"));
  }

  /**
   * The portal's public address, ending in a slash: every absolute address the application sends
   * (e-mails, the API's feed) starts with it, never with the Host a request names.
   */
  public static String portalUrl() {
    String url = value(PORTAL_URL, "http://localhost:8080/");
    return url.endsWith("/") ? url : url + "/";
  }

  public static int number(String key, int defaultValue) {
    return Integer.parseInt(value(key, Integer.toString(defaultValue)).strip());
  }

  /**
   * A period the settings give in ISO 8601 ({@code P2Y}, {@code P90D}). A value that is no period,
   * or a negative one, is refused with a message that names the setting, rather than read as
   * something else.
   */
  public static java.time.Period period(String key, java.time.Period defaultValue) {
    String value = value(key, defaultValue.toString()).strip();
    try {
      java.time.Period period = java.time.Period.parse(value);
      if (!period.isNegative()) {
        return period;
      }
    } catch (java.time.format.DateTimeParseException notAPeriod) {
      // said below
    }
    throw new IllegalStateException(
        key + " is not an ISO-8601 period such as " + defaultValue + ": " + value);
  }

  public static String value(String key, String defaultValue) {
    return lookUp(key).filter(v -> !v.isBlank()).orElse(defaultValue);
  }

  private static Optional<String> lookUp(String key) {
    Config config;
    try {
      config = config();
    } catch (IllegalStateException noImplementation) {
      // Outside a server (plain unit tests, which build Bean Validation with its clock provider)
      // there is no MicroProfile Config: its two default sources, read as it reads them.
      return Optional.ofNullable(System.getProperty(key))
          .or(() -> Optional.ofNullable(System.getenv(environmentName(key))));
    }
    return config.getOptionalValue(key, String.class);
  }

  /** The environment variable MicroProfile Config reads for a key: VIRKAPROFIILI_TIME_ZONE. */
  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static Config config() {
    return ConfigProvider.getConfig(Settings.class.getClassLoader());
  }
}
