package fi.virkaprofiili.web.bench;

import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.web.it.Deployments;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: the portal as people who signed in use it, with 10,000 profiles on
 * PostgreSQL and real process instances waiting for them. Each benchmark user signs in through the
 * login page and walks a ten-page journey; then the size of their HTTP sessions is measured in the
 * server ({@link SessionProbe}); then a load generator in this JVM keeps one keep-alive connection
 * per user busy, each with that user's session, on the task list and on "My profiles", against a
 * static file of the same server on the same connections. Run by {@code ./mvnw -Pbenchmark verify}
 * only ({@code bench/README.md}); it checks that every page answered and that the users see their
 * tasks, never how fast.
 */
@ExtendWith(ArquillianExtension.class)
class PortalBenchmark {

  private static final Logger LOG = Logger.getLogger(PortalBenchmark.class.getName());

  private static final String STATIC_FILE = "resources/css/portal.css";
  private static final String TASKS = "portal/tasks/index.xhtml";
  private static final String MINE = "portal/proposals/mine.xhtml";

  /**
   * Proposals are submitted through the fixture this many at a time, so that no request runs for
   * minutes.
   */
  private static final int PROPOSAL_BATCH = 50;

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern TASK_LINK =
      Pattern.compile("href=\"[^\"]*/(portal/tasks/[a-z]+\\.xhtml\\?task=[^\"&]+)\"");
  private static final Pattern PROFILE_LINK =
      Pattern.compile("href=\"[^\"]*/(portal/proposals/profile\\.xhtml\\?id=[0-9]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application()
        .addClasses(
            StatementProbe.class,
            SessionProbe.class,
            SessionProbe.Sessions.class,
            PortalFixture.class,
            PortalUsers.class,
            PortalUsers.User.class,
            RegistrySeed.class);
  }

  @ArquillianResource private URL base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofMinutes(2)).build();
  private URI server;

  @Test
  void taskListAndMyProfilesOfSignedInUsersAgainstAStaticFile() throws Exception {
    int profiles = Integer.getInteger("bench.portal.profiles", 10_000);
    int proposalCount = Integer.getInteger("bench.portal.proposals", 1000);
    int own = Integer.getInteger("bench.portal.own", 100);
    int userCount = Integer.getInteger("bench.portal.users", 20);
    int rounds = Integer.getInteger("bench.portal.rounds", 3);
    Duration measured = Duration.ofSeconds(Integer.getInteger("bench.portal.seconds", 10));
    Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.portal.warmup", 10));
    String loadBefore = Rounds.loadAverage();
    // Payara Micro names the machine's address; the load goes over loopback all the same.
    server =
        new URI(
            "http",
            null,
            "127.0.0.1",
            base.getPort(),
            base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/",
            null,
            null);

    List<PortalUsers.User> users = PortalUsers.of(userCount);
    // The listed, closing and closed profiles: with the proposals, as many as asked for in all.
    int listed = Math.max(1, (profiles - proposalCount) * 50 / 52);
    RegistrySeed seed =
        new RegistrySeed(
            System.getProperty("bench.postgresql.url"),
            System.getProperty("bench.postgresql.user", "postgres"),
            listed,
            PortalUsers.managers(users),
            i -> i < own * users.size() ? users.get(i % users.size()).id() : RegistrySeed.PROPOSER);
    try {
      removeSeed(seed, users);
      double seeding = seed.write();
      long started = System.nanoTime();
      fixture("users", users.size(), "");
      for (int from = 0; from < proposalCount; from += PROPOSAL_BATCH) {
        fixture(
            "propose",
            users.size(),
            "&from=" + from + "&count=" + Math.min(PROPOSAL_BATCH, proposalCount - from));
      }
      double proposing = (System.nanoTime() - started) / 1e9;
      int total = listed + seed.closing() + seed.closed() + proposalCount;
      LOG.info(
          String.format(
              Locale.ROOT,
              "Portal benchmark: %d profiles by SQL in %.1f s, %d proposals through the boundaries in %.1f s",
              total - proposalCount,
              seeding,
              proposalCount,
              proposing));

      // Everyone signs in and walks the journey at the same time, as in the morning.
      List<Journey> journeys = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(users.size());
      try {
        List<Future<Journey>> walking = new ArrayList<>();
        for (PortalUsers.User user : users) {
          walking.add(pool.submit(() -> walk(user)));
        }
        for (Future<Journey> journey : walking) {
          journeys.add(journey.get());
        }
      } finally {
        pool.shutdown();
      }
      Sessions afterJourney = sessions(journeys);

      LoadGenerator load = new LoadGenerator(server);
      String root = server.getPath();
      LongFunction<String> staticFile = n -> root + STATIC_FILE;
      LongFunction<String> tasks = n -> root + TASKS;
      LongFunction<String> mine = n -> root + MINE;
      int connections = users.size();
      IntFunction<String> cookies = i -> journeys.get(i % journeys.size()).cookie();
      for (var warm : List.of(staticFile, tasks, mine)) {
        load.run("warm-up", connections, warmUp, warm, cookies);
      }
      Rounds files = new Rounds("static file", this::statementsSoFar);
      Rounds taskLists = new Rounds("task list", this::statementsSoFar);
      Rounds myProfiles = new Rounds("my profiles", this::statementsSoFar);
      List<Rounds> order = List.of(files, taskLists, myProfiles);
      Map<Rounds, LongFunction<String>> targets =
          Map.of(files, staticFile, taskLists, tasks, myProfiles, mine);
      List<Double> taskRatios = new ArrayList<>();
      List<Double> mineRatios = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        // Each round starts with the next kind, so that drift of the machine hits all alike.
        for (int k = 0; k < order.size(); k++) {
          Rounds kind = order.get((round + k) % order.size());
          kind.measure(load, connections, measured, targets.get(kind), cookies);
        }
        taskRatios.add(taskLists.last().perSecond() / files.last().perSecond());
        mineRatios.add(myProfiles.last().perSecond() / files.last().perSecond());
      }
      // The same pages for one person alone (the first user, a manager with a long list): what a
      // request costs unqueued.
      Rounds taskListAlone = new Rounds("task list, one connection", this::statementsSoFar);
      Rounds myProfilesAlone = new Rounds("my profiles, one connection", this::statementsSoFar);
      taskListAlone.measure(load, 1, measured, tasks, cookies);
      myProfilesAlone.measure(load, 1, measured, mine, cookies);
      // And as people use them: each user reads a page for a while before the next.
      Duration reading = Duration.ofMillis(Integer.getInteger("bench.portal.reading-ms", 1000));
      Duration paced = Duration.ofSeconds(Integer.getInteger("bench.portal.paced-seconds", 20));
      LoadGenerator people = load.pausing(reading);
      Rounds taskListsRead =
          new Rounds("task list, users reading between pages", this::statementsSoFar);
      Rounds myProfilesRead =
          new Rounds("my profiles, users reading between pages", this::statementsSoFar);
      taskListsRead.measure(people, connections, paced, tasks, cookies);
      myProfilesRead.measure(people, connections, paced, mine, cookies);
      Sessions afterLoad = sessions(journeys);

      String report =
          report(
              total,
              proposalCount,
              own,
              users,
              connections,
              rounds,
              measured,
              warmUp,
              loadBefore,
              journeys,
              afterJourney,
              afterLoad,
              files,
              taskLists,
              myProfiles,
              taskListAlone,
              myProfilesAlone,
              taskRatios,
              mineRatios,
              reading,
              taskListsRead,
              myProfilesRead);
      LOG.info("\n" + report);
      String file = System.getProperty("bench.portal.report");
      if (file != null) {
        Files.writeString(Path.of(file), report);
      }
    } finally {
      removeSeed(seed, users);
    }
  }

  /** What one user's journey left: their session's cookie and the tasks their list showed first. */
  private record Journey(
      PortalUsers.User user, String cookie, String sessionId, int tasksShown, List<String> pages) {}

  /**
   * Signs the user in through the login page, then walks ten pages as their role allows: the task
   * list, two task forms, "My profiles", two profile pages, the page of their role, the wizard's
   * first step, preferences and the task list again.
   */
  private Journey walk(PortalUsers.User user) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofMinutes(2))
            .build();
    String login = page(browser, "login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(login);
    assertTrue(viewState.find(), "no view state on the login page");
    String form =
        "loginForm=loginForm&loginForm%3Ausername="
            + encode(user.id())
            + "&loginForm%3Apassword="
            + encode(user.password())
            + "&loginForm%3AsignIn=&jakarta.faces.ViewState="
            + encode(viewState.group(1));
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(server.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, signedIn.statusCode(), user.id() + " could not sign in: " + signedIn.body());
    assertTrue(
        signedIn.headers().firstValue("Location").orElse("").contains("/portal/tasks/"),
        "signed in, sent elsewhere");

    List<String> pages = new ArrayList<>();
    String taskList = visit(browser, pages, TASKS);
    List<String> taskLinks = links(TASK_LINK, taskList);
    assertFalse(taskLinks.isEmpty(), user.id() + " has no tasks in the list");
    visit(browser, pages, taskLinks.get(0));
    visit(browser, pages, taskLinks.get(Math.min(1, taskLinks.size() - 1)));
    List<String> profileLinks = links(PROFILE_LINK, visit(browser, pages, MINE));
    assertFalse(profileLinks.isEmpty(), user.id() + " has no profiles in \"My profiles\"");
    visit(browser, pages, profileLinks.get(0));
    visit(browser, pages, profileLinks.get(Math.min(1, profileLinks.size() - 1)));
    visit(
        browser,
        pages,
        user.in(Roles.MANAGERS)
            ? "portal/unit/profiles.xhtml"
            : user.in(Roles.COMMUNICATIONS)
                ? "portal/dashboard.xhtml"
                : user.in(Roles.IT) ? "portal/accounts.xhtml" : "portal/reports/new.xhtml");
    visit(browser, pages, "portal/proposals/new.xhtml");
    visit(browser, pages, "portal/preferences.xhtml");
    visit(browser, pages, TASKS);

    HttpCookie session =
        cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("JSESSIONID"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie for " + user.id()));
    return new Journey(
        user, "JSESSIONID=" + session.getValue(), session.getValue(), taskLinks.size(), pages);
  }

  private String visit(HttpClient browser, List<String> pages, String path)
      throws IOException, InterruptedException {
    pages.add(path.replaceAll("\\?.*", ""));
    return page(browser, path);
  }

  private String page(HttpClient browser, String path) throws IOException, InterruptedException {
    return Fetch.page(browser, server.resolve(path));
  }

  private static List<String> links(Pattern pattern, String html) {
    List<String> links = new ArrayList<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      links.add(matcher.group(1).replace("&amp;", "&"));
    }
    return links;
  }

  /** The sizes the server measured: bytes of each session, and of each attribute in each. */
  private record Sessions(
      List<Long> sizes,
      Map<String, List<Long>> attributes,
      Map<String, String> classes,
      int missing) {

    double average() {
      return sizes.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    long max() {
      return sizes.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    long min() {
      return sizes.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    /** Attributes by their average size over the sessions, biggest first. */
    List<String> biggest(int count) {
      int sessions = sizes.size();
      return attributes.entrySet().stream()
          .sorted(
              Comparator.comparingDouble(
                  (Map.Entry<String, List<Long>> e) -> -sum(e.getValue()) / (double) sessions))
          .limit(count)
          .map(
              e ->
                  String.format(
                      Locale.ROOT,
                      "`%s` (%s, in %d of %d sessions): %.1f KB on average%s",
                      e.getKey(),
                      classes.get(e.getKey()),
                      e.getValue().size(),
                      sessions,
                      sum(e.getValue()) / (double) sessions / 1024,
                      e.getValue().contains(-1L) ? ", not serializable in some" : ""))
          .toList();
    }

    private static long sum(List<Long> values) {
      return values.stream().mapToLong(v -> Math.max(0, v)).sum();
    }
  }

  private Sessions sessions(List<Journey> journeys) throws IOException, InterruptedException {
    String ids = journeys.stream().map(Journey::sessionId).collect(Collectors.joining(","));
    String answer = get(SessionProbe.PATH.substring(1) + "?ids=" + encode(ids));
    List<Long> sizes = new ArrayList<>();
    Map<String, List<Long>> attributes = new HashMap<>();
    Map<String, String> classes = new HashMap<>();
    int missing = 0;
    for (String line : answer.split("\n")) {
      String[] fields = line.strip().split(" ");
      switch (fields[0]) {
        case "session" -> sizes.add(Long.parseLong(fields[2]));
        case "attribute" -> {
          attributes
              .computeIfAbsent(fields[1], name -> new ArrayList<>())
              .add(Long.parseLong(fields[2]));
          classes.put(fields[1], fields[3]);
        }
        case "missing" -> missing++;
        default -> {}
      }
    }
    assertEquals(0, missing, "sessions the server no longer has: " + answer);
    return new Sessions(sizes, attributes, classes, missing);
  }

  private void fixture(String action, int users, String parameters)
      throws IOException, InterruptedException {
    // A connection of its own: a POST is not retried on a kept-alive connection the server has
    // meanwhile closed (seen once, on the removal after a long run).
    HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofMinutes(2)).build();
    HttpResponse<String> response =
        fresh.send(
            HttpRequest.newBuilder(
                    server.resolve(
                        PortalFixture.PATH.substring(1)
                            + "?action="
                            + action
                            + "&users="
                            + users
                            + parameters))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), action + ": " + response.body());
    LOG.info("Portal benchmark fixture, " + action + parameters + ": " + response.body());
  }

  /**
   * The engine's side first (processes, users), then the profiles and what else names the users.
   */
  private void removeSeed(RegistrySeed seed, List<PortalUsers.User> users) throws Exception {
    fixture("remove", users.size(), "");
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("bench.postgresql.url"),
                System.getProperty("bench.postgresql.user", "postgres"),
                "");
        Statement sql = db.createStatement()) {
      String prefix = "'" + PortalUsers.PREFIX + "%'";
      String theirs = "select ID from PROFILE where PROPOSER_ID like " + prefix;
      sql.executeUpdate("delete from DRAFT where AUTHOR_ID like " + prefix);
      sql.executeUpdate("delete from PROFILE_LANGUAGE where PROFILE_ID in (" + theirs + ")");
      sql.executeUpdate("delete from PROFILE_ADMINISTRATOR where PROFILE_ID in (" + theirs + ")");
      sql.executeUpdate("delete from PROFILE_EVENT where PROFILE_ID in (" + theirs + ")");
      sql.executeUpdate("delete from PROFILE where PROPOSER_ID like " + prefix);
      sql.executeUpdate("delete from USER_PREFERENCE where USER_ID like " + prefix);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    seed.remove();
  }

  private String get(String path) throws IOException, InterruptedException {
    return Fetch.page(http, server.resolve(path));
  }

  private long statementsSoFar() {
    return StatementProbe.statementsSoFar(http, server);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String report(
      int profiles,
      int proposals,
      int own,
      List<PortalUsers.User> users,
      int connections,
      int rounds,
      Duration measured,
      Duration warmUp,
      String loadBefore,
      List<Journey> journeys,
      Sessions afterJourney,
      Sessions afterLoad,
      Rounds files,
      Rounds tasks,
      Rounds mine,
      Rounds tasksAlone,
      Rounds mineAlone,
      List<Double> taskRatios,
      List<Double> mineRatios,
      Duration reading,
      Rounds tasksRead,
      Rounds mineRead) {
    Map<String, Long> roles =
        users.stream()
            .collect(
                Collectors.groupingBy(
                    user ->
                        user.groups().stream()
                            .filter(group -> !group.equals(Roles.STAFF))
                            .findFirst()
                            .orElse(Roles.STAFF),
                    Collectors.counting()));
    String tasksShown =
        journeys.stream()
            .collect(
                Collectors.groupingBy(
                    journey ->
                        journey.user().groups().stream()
                            .filter(group -> !group.equals(Roles.STAFF))
                            .findFirst()
                            .orElse(Roles.STAFF),
                    Collectors.summarizingInt(Journey::tasksShown)))
            .entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + e.getValue().getMin() + "-" + e.getValue().getMax())
            .collect(Collectors.joining(", "));
    double fileRate = files.median(LoadGenerator.Run::perSecond);
    StringBuilder out = new StringBuilder();
    out.append("Portal benchmark, ")
        .append(Instant.now().truncatedTo(ChronoUnit.MINUTES))
        .append(", ")
        .append(Runtime.version())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPU(s), load average ")
        .append(loadBefore)
        .append(" before, ")
        .append(Rounds.loadAverage())
        .append(" after, ")
        .append(System.getProperty("bench.postgresql.url"))
        .append(".\n")
        .append(
            String.format(
                Locale.ROOT,
                "%d profiles: %d proposals submitted through the boundaries (3 in 5 waiting for the unit"
                    + " manager's decision, 1 in 5 for communications, 1 in 5 for IT and the proposer), the rest listed, closing and"
                    + " closed, written by SQL (%d of them proposed by each benchmark user). %d users signed in through the login page"
                    + " (%s), each on one keep-alive connection with their own session; rows on the first page of their task lists:"
                    + " %s. %d rounds of %d s per kind of request (each round starting with the next kind) after %d s of warm-up"
                    + " each; medians over the rounds, min-max in brackets; latency percentiles over every request of every round.%n",
                profiles,
                proposals,
                own,
                users.size(),
                roles.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")),
                tasksShown,
                rounds,
                measured.toSeconds(),
                warmUp.toSeconds()))
        .append("Journey of each user: ")
        .append(String.join(", ", journeys.get(0).pages()))
        .append(
            " (the first user's; the role page is unit profiles for managers, the dashboard for communications, accounts for IT,"
                + " the report form for staff). Load: no pause between requests, then users pausing between pages as people read them.\n\n")
        .append("| Measurement | result | aim |\n|---|---:|---:|\n")
        .append("| Static file (`/" + STATIC_FILE + "`), requests/s | ")
        .append(files.range(LoadGenerator.Run::perSecond, "%.0f"))
        .append(" | |\n")
        .append("| Task list (`/" + TASKS + "`), requests/s | ")
        .append(tasks.range(LoadGenerator.Run::perSecond, "%.1f"))
        .append(" | |\n")
        .append("| My profiles (`/" + MINE + "`), requests/s | ")
        .append(mine.range(LoadGenerator.Run::perSecond, "%.1f"))
        .append(" | |\n")
        .append(
            String.format(
                Locale.ROOT,
                "| Task list / static file, requests/s (ratio within each round) | %.3f (%.3f) | |%n",
                tasks.median(LoadGenerator.Run::perSecond) / fileRate,
                Rounds.median(taskRatios)))
        .append(
            String.format(
                Locale.ROOT,
                "| My profiles / static file, requests/s (ratio within each round) | %.3f (%.3f) | |%n",
                mine.median(LoadGenerator.Run::perSecond) / fileRate,
                Rounds.median(mineRatios)))
        .append(
            String.format(
                Locale.ROOT,
                "| Task list latency p50 / p95, ms, no pause between requests | %.0f / %.0f | |%n",
                tasks.overall(50),
                tasks.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| My profiles latency p50 / p95, ms, no pause between requests | %.0f / %.0f | |%n",
                mine.overall(50),
                mine.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| Task list latency p50 / p95, ms, %d users each reading a page %.1f-%.1f s before the next (%.1f requests/s) | %.0f / %.0f | p95 at most 150 |%n",
                connections,
                reading.toMillis() / 2000.0,
                reading.toMillis() * 1.5 / 1000,
                tasksRead.median(LoadGenerator.Run::perSecond),
                tasksRead.overall(50),
                tasksRead.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| My profiles latency p50 / p95, ms, %d users each reading a page %.1f-%.1f s before the next (%.1f requests/s) | %.0f / %.0f | p95 at most 150 |%n",
                connections,
                reading.toMillis() / 2000.0,
                reading.toMillis() * 1.5 / 1000,
                mineRead.median(LoadGenerator.Run::perSecond),
                mineRead.overall(50),
                mineRead.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| Static file latency p50 / p95, ms | %.1f / %.1f | |%n",
                files.overall(50),
                files.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| One connection alone (%s): task list p50 / p95, ms; my profiles p50 / p95, ms | %.0f / %.0f; %.0f / %.0f | |%n",
                journeys.get(0).user().id(),
                tasksAlone.overall(50),
                tasksAlone.overall(95),
                mineAlone.overall(50),
                mineAlone.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| SQL statements per request: static file / task list / my profiles | %.2f / %.1f / %.1f | |%n",
                Rounds.median(files.statements),
                Rounds.median(tasks.statements),
                Rounds.median(mine.statements)))
        .append(
            String.format(
                Locale.ROOT,
                "| HTTP session after the journey, KB: average (min-max) | %.1f (%.1f-%.1f) | average under 200 |%n",
                afterJourney.average() / 1024,
                afterJourney.min() / 1024.0,
                afterJourney.max() / 1024.0))
        .append(
            String.format(
                Locale.ROOT,
                "| HTTP session after the load too, KB: average (min-max) | %.1f (%.1f-%.1f) | |%n",
                afterLoad.average() / 1024,
                afterLoad.min() / 1024.0,
                afterLoad.max() / 1024.0))
        .append(
            String.format(
                Locale.ROOT,
                "| Requests failed (not a 200, or no answer in 2 minutes): static file / task list / my profiles | %d of %d / %d of %d / %d of %d | none |%n",
                files.failures(),
                files.requests(),
                tasks.failures() + tasksAlone.failures() + tasksRead.failures(),
                tasks.requests() + tasksAlone.requests() + tasksRead.requests(),
                mine.failures() + mineAlone.failures() + mineRead.failures(),
                mine.requests() + mineAlone.requests() + mineRead.requests()))
        .append("\nPer round (requests/s): static file ")
        .append(files.perRound())
        .append("; task list ")
        .append(tasks.perRound())
        .append("; my profiles ")
        .append(mine.perRound())
        .append(".\n")
        .append("\nBiggest session attributes after the journey (serialized on their own):\n\n");
    afterJourney.biggest(8).forEach(line -> out.append("- ").append(line).append('\n'));
    out.append("\nAfter the load:\n\n");
    afterLoad.biggest(4).forEach(line -> out.append("- ").append(line).append('\n'));
    return out.toString();
  }
}
