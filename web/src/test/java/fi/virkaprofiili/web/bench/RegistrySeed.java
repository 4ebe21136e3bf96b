package fi.virkaprofiili.web.bench;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The registry benchmark's data, written straight into the application's tables in a few SQL
 * batches (through the boundaries, 10,000 lifecycles would take the better part of an hour): listed
 * profiles on every channel, and some closing and closed ones, with the account keys the
 * application itself would give them. Every row it writes is the benchmark's own (ids from {@value
 * #FIRST_ID}, units {@value #UNIT_PREFIX}…); {@link #remove()} takes them away again, whichever
 * benchmark wrote them. The registry benchmark's profiles are all proposed by {@value #PROPOSER} in
 * units that {@code markus} manages; the portal benchmark names its own signed-in users as the
 * proposers of some and as the units' managers.
 *
 * <p>It also makes the addresses that verification is asked about: each seeded account written the
 * way people write it (another host, case, tabs, tracking parameters, handles), and accounts that
 * are not in the registry, with the answer the application must give for each.
 */
final class RegistrySeed {

  static final String PROPOSER = "registry-benchmark";
  static final long FIRST_ID = 900_000_000L;
  static final String UNIT_PREFIX = "bench-";
  static final int UNITS = 20;
  private static final long LAST_ID = FIRST_ID + 99_999_999L;
  private static final String[] UNIT_NAMES = {
    "Kirjasto", "Nuorisopalvelut", "Liikuntapalvelut", "Kaupunginmuseo", "Ympäristöpalvelut",
    "Terveysasemat", "Varhaiskasvatus", "Kaupunginteatteri", "Pelastuslaitos", "Joukkoliikenne"
  };

  /** One way a channel's account is written when it is listed, and another way people write it. */
  private record Form(Channel channel, IntFunction<String> listed, IntFunction<String> asked) {}

  private static final List<Form> FORMS =
      List.of(
          new Form(
              Channel.INSTAGRAM,
              i -> "https://www.instagram.com/vpbench_" + i + "/",
              i -> "instagram.com/VPBench_" + i + "?igsh=MWQ1ZGUxMzBkMA=="),
          new Form(
              Channel.FACEBOOK,
              i -> "https://www.facebook.com/vpbench." + i,
              i -> "https://m.facebook.com/VPBench." + i + "/about/?ref=page_internal"),
          new Form(
              Channel.FACEBOOK,
              i -> "https://www.facebook.com/profile.php?id=" + (61550000000000L + i),
              i -> "https://www.facebook.com/pages/Vpbench-" + i + "/" + (61550000000000L + i)),
          new Form(
              Channel.X,
              i -> "https://x.com/vpbench_" + i,
              i -> "https://twitter.com/VPBench_" + i + "/"),
          new Form(
              Channel.YOUTUBE,
              i -> "https://www.youtube.com/@vpbench" + i,
              i -> "https://m.youtube.com/@VPBench" + i + "/videos"),
          new Form(
              Channel.YOUTUBE,
              i -> "https://www.youtube.com/channel/" + channelId(i),
              i -> "youtube.com/channel/" + channelId(i) + "/featured?view_as=subscriber"),
          new Form(
              Channel.LINKEDIN,
              i -> "https://www.linkedin.com/company/vpbench-" + i + "/",
              i -> "https://fi.linkedin.com/company/vpbench-" + i + "/posts/?feedView=all"),
          new Form(
              Channel.TIKTOK,
              i -> "https://www.tiktok.com/@vpbench_" + i,
              i -> "tiktok.com/@VPBench_" + i + "?lang=fi"),
          new Form(
              Channel.THREADS,
              i -> "https://www.threads.net/@vpbench_" + i,
              i -> "https://www.threads.com/@vpbench_" + i),
          new Form(
              Channel.MASTODON,
              i -> "https://mastodon.social/@vpbench_" + i,
              i -> "@vpbench_" + i + "@mastodon.social"),
          new Form(
              Channel.BLUESKY,
              i -> "https://bsky.app/profile/vpbench" + i + ".bsky.social",
              i -> "@vpbench" + i + ".bsky.social"));

  /** An address to verify, URL-encoded for the query, and the answer it must get. */
  record Question(String encodedUrl, String expected) {}

  private final String url;
  private final String user;
  private final int listed;
  private final int closing;
  private final int closed;
  private final List<String> managers;
  private final IntFunction<String> proposerOf;
  private final Map<String, ProfileState> stateByKey = new HashMap<>();

  RegistrySeed(String url, String user, int listed) {
    this(url, user, listed, List.of("markus"), i -> PROPOSER);
  }

  /**
   * {@code listed} listed profiles and a fiftieth as many closing, and closed; unit u is managed by
   * {@code managers.get(u % managers.size())}, profile i proposed by {@code proposerOf.apply(i)}.
   */
  RegistrySeed(
      String url, String user, int listed, List<String> managers, IntFunction<String> proposerOf) {
    this.url = url;
    this.user = user;
    this.listed = listed;
    this.closing = Math.max(1, listed / 50);
    this.closed = Math.max(1, listed / 50);
    this.managers = List.copyOf(managers);
    this.proposerOf = proposerOf;
  }

  /** The code of seeded unit u (0 to {@value #UNITS} - 1). */
  static String unitCode(int u) {
    return String.format(Locale.ROOT, UNIT_PREFIX + "%02d", u);
  }

  int listed() {
    return listed;
  }

  int closing() {
    return closing;
  }

  int closed() {
    return closed;
  }

  /**
   * Removes what an earlier run may have left, then writes the profiles; returns the seconds taken.
   */
  double write() throws SQLException {
    long start = System.nanoTime();
    remove();
    Instant now = Instant.now();
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement unit =
          db.prepareStatement(
              "insert into ORGANISATION_UNIT (CODE, NAME_FI, NAME_SV, NAME_EN, MANAGER_ID) values (?, ?, ?, ?, ?)")) {
        for (int u = 0; u < UNITS; u++) {
          String name = UNIT_NAMES[u % UNIT_NAMES.length] + " " + (u / UNIT_NAMES.length + 1);
          unit.setString(1, unitCode(u));
          unit.setString(2, name);
          unit.setString(3, name + " (sv)");
          unit.setString(4, name + " (en)");
          unit.setString(5, managers.get(u % managers.size()));
          unit.addBatch();
        }
        unit.executeBatch();
      }
      try (PreparedStatement profile =
              db.prepareStatement(
                  "insert into PROFILE (ID, VERSION, NAME, CHANNEL, UNIT_CODE, KIND, PURPOSE, ACCOUNT_URL, ACCOUNT_KEY, STATE,"
                      + " PROPOSER_ID, PROPOSED_AT, LISTED_AT, RESPONSE_TIME_PROMISE, OFFICIAL_CONTACT, CLOSURE_REASON,"
                      + " CLOSING_ON, REDIRECT_URL, CLOSURE_DECIDED_BY, CLOSURE_DECIDED_AT, CLOSED_AT)"
                      + " values (?, 0, ?, ?, ?, 'ORGANISATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement language =
              db.prepareStatement(
                  "insert into PROFILE_LANGUAGE (PROFILE_ID, LANGUAGE) values (?, ?)")) {
        for (int i = 0; i < total(); i++) {
          ProfileState state = state(i);
          Form form = form(i);
          String address = form.listed().apply(i);
          String key = AccountAddress.parse(address, form.channel()).orElseThrow().key();
          stateByKey.put(key, state);
          int u = i % UNITS;
          profile.setLong(1, FIRST_ID + i);
          profile.setString(
              2,
              UNIT_NAMES[u % UNIT_NAMES.length]
                  + " "
                  + form.channel().name().toLowerCase(Locale.ROOT)
                  + String.format(Locale.ROOT, " %05d", i));
          profile.setString(3, form.channel().name());
          profile.setString(4, unitCode(u));
          profile.setString(5, "Tiedotteet, tapahtumat ja vinkit kuntalaisille (" + i + ").");
          profile.setString(6, address);
          profile.setString(7, key);
          profile.setString(8, state.name());
          profile.setString(9, proposerOf.apply(i));
          profile.setTimestamp(10, Timestamp.from(now.minus(400, ChronoUnit.DAYS)));
          profile.setTimestamp(11, Timestamp.from(now.minus(380, ChronoUnit.DAYS)));
          profile.setString(12, "Vastaamme arkisin kahden työpäivän kuluessa.");
          profile.setString(13, "kirjaamo@kunta.example, puh. 09 123 4567");
          boolean closure = state != ProfileState.LISTED;
          profile.setString(14, closure ? "Tili yhdistetään kaupungin päätiliin." : null);
          profile.setObject(
              15,
              closure ? LocalDate.now().plusDays(state == ProfileState.CLOSED ? -10 : 20) : null);
          profile.setString(16, closure ? "https://www.instagram.com/kaupunki_example/" : null);
          profile.setString(17, closure ? "markus" : null);
          profile.setTimestamp(18, closure ? Timestamp.from(now.minus(30, ChronoUnit.DAYS)) : null);
          profile.setTimestamp(
              19,
              state == ProfileState.CLOSED ? Timestamp.from(now.minus(10, ChronoUnit.DAYS)) : null);
          profile.addBatch();
          for (String code : languages(i)) {
            language.setLong(1, FIRST_ID + i);
            language.setString(2, code);
            language.addBatch();
          }
          if (i % 1000 == 999) {
            profile.executeBatch();
            language.executeBatch();
          }
        }
        profile.executeBatch();
        language.executeBatch();
      }
      db.commit();
      try (Statement analyse = db.createStatement()) {
        // As autovacuum would soon: the planner should know the table has grown.
        db.setAutoCommit(true);
        analyse.execute("analyze PROFILE");
        analyse.execute("analyze PROFILE_LANGUAGE");
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Everything this seed writes, whichever run or benchmark wrote it. Units are kept while profiles
   * that are not the seed's (such as proposals made through the boundaries) still name them.
   */
  void remove() throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      String range = " between " + FIRST_ID + " and " + LAST_ID;
      sql.executeUpdate("delete from PROFILE_LANGUAGE where PROFILE_ID" + range);
      sql.executeUpdate("delete from PROFILE_ADMINISTRATOR where PROFILE_ID" + range);
      sql.executeUpdate("delete from PROFILE_EVENT where PROFILE_ID" + range);
      sql.executeUpdate("delete from PROFILE where ID" + range);
      sql.executeUpdate(
          "delete from ORGANISATION_UNIT where CODE like '"
              + UNIT_PREFIX
              + "%'"
              + " and CODE not in (select UNIT_CODE from PROFILE)");
    }
  }

  /**
   * {@code count} addresses to verify: three in four are seeded accounts written another way
   * (listed, closing or closed alike), one in four accounts written the same ways that are not in
   * the registry.
   */
  List<Question> questions(int count) {
    List<Question> questions = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int i = (int) ((k * 7919L) % total());
      boolean known = k % 4 != 3;
      String asked = form(i).asked().apply(known ? i : i + 500_000);
      AccountAddress address =
          AccountAddress.parse(asked)
              .orElseThrow(
                  () -> new IllegalStateException("The normaliser does not read " + asked));
      ProfileState state = stateByKey.get(address.key());
      if (known && state == null) {
        throw new IllegalStateException(
            asked + " does not match the account listed as " + form(i).listed().apply(i));
      }
      String expected =
          state == null ? "NOT_LISTED" : state == ProfileState.CLOSED ? "CLOSED" : "OFFICIAL";
      questions.add(new Question(URLEncoder.encode(asked, StandardCharsets.UTF_8), expected));
    }
    return questions;
  }

  /**
   * An account written as people write it that is not in the registry, another one for every {@code
   * n}: its answer cannot have been asked for before.
   */
  static String unknownAccount(long n) {
    Form form = FORMS.get((int) (n % FORMS.size()));
    return URLEncoder.encode(
        form.asked().apply((int) (1_000_000 + n % 8_000_000)), StandardCharsets.UTF_8);
  }

  private int total() {
    return listed + closing + closed;
  }

  /**
   * Closing and closed profiles are spread among the listed ones, so that every channel has some.
   */
  private ProfileState state(int i) {
    int every = total() / (closing + closed);
    if (i % every == every - 1 && i / every < closing + closed) {
      return (i / every) % 2 == 0 ? ProfileState.CLOSING : ProfileState.CLOSED;
    }
    return ProfileState.LISTED;
  }

  private static Form form(int i) {
    return FORMS.get(i % FORMS.size());
  }

  private static List<String> languages(int i) {
    List<String> languages = new ArrayList<>(List.of("FI"));
    if (i % 3 == 0) {
      languages.add("SV");
    }
    if (i % 2 == 0) {
      languages.add("EN");
    }
    return languages;
  }

  /** A YouTube channel id: "UC" and 22 characters of its alphabet, different for each i. */
  private static String channelId(int i) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    StringBuilder id = new StringBuilder("UC");
    long value = i * 2_654_435_761L + 12_345;
    for (int c = 0; c < 22; c++) {
      id.append(alphabet.charAt((int) (Math.abs(value) % 64)));
      value = value / 64 + c * 31L + i;
    }
    return id.toString();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", user, "");
  }
}
