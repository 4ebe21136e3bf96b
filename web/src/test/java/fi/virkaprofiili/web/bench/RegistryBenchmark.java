package fi.virkaprofiili.web.bench;

import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.web.it.Deployments;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: the public registry under load, with many profiles on PostgreSQL. A load
 * generator in this JVM ({@link LoadGenerator}) keeps a number of connections busy against the
 * application's WAR on Payara Micro and measures, in the same run and taking turns: {@code GET
 * /api/registry/verify?url=…} with many real-looking addresses, hits and misses; a small static
 * file of the same server as the baseline; and the first page of {@code /registry.xhtml}. Run by
 * {@code ./mvnw -Pbenchmark verify} only ({@code bench/README.md}); it checks that every request
 * succeeded and that verification gave the right answers, never how fast.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryBenchmark {

  private static final Logger LOG = Logger.getLogger(RegistryBenchmark.class.getName());

  /** A file of the application, served by the container alone: what the server can do at best. */
  private static final String STATIC_FILE = "resources/css/portal.css";

  private static final String PAGE = "registry.xhtml";
  private static final int QUESTIONS = 4000;
  private static final Pattern ANSWER = Pattern.compile("\"answer\":\"([A-Z_]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\":([0-9]+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application().addClass(StatementProbe.class);
  }

  @ArquillianResource private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Moves the addresses never asked before on, so that no round asks what an earlier one did. */
  private volatile long unknownSeen;

  @Test
  void verificationAndTheRegistryPageAgainstAStaticFile() throws Exception {
    int profiles = Integer.getInteger("bench.registry.profiles", 10_000);
    int connections = Integer.getInteger("bench.registry.connections", 32);
    int rounds = Integer.getInteger("bench.registry.rounds", 3);
    Duration measured = Duration.ofSeconds(Integer.getInteger("bench.registry.seconds", 10));
    Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.registry.warmup", 15));
    String loadBefore = Rounds.loadAverage();

    RegistrySeed seed =
        new RegistrySeed(
            System.getProperty("bench.postgresql.url"),
            System.getProperty("bench.postgresql.user", "postgres"),
            profiles);
    double seeding = seed.write();
    try {
      List<RegistrySeed.Question> questions = seed.questions(QUESTIONS);
      long shown = total(get("api/registry/profiles?size=1"));
      assertTrue(
          shown >= profiles,
          "the registry shows " + shown + " profiles, fewer than the " + profiles + " seeded");

      // Payara Micro names the machine's address; the load goes over loopback all the same.
      URI server = new URI("http", null, "127.0.0.1", base.getPort(), base.getPath(), null, null);
      String root = server.getPath().endsWith("/") ? server.getPath() : server.getPath() + "/";
      LongFunction<String> staticFile = n -> root + STATIC_FILE;
      LongFunction<String> verify =
          n ->
              root + "api/registry/verify?url=" + questions.get((int) (n % QUESTIONS)).encodedUrl();
      LongFunction<String> unknown =
          n -> root + "api/registry/verify?url=" + RegistrySeed.unknownAccount(n + unknownSeen);
      LongFunction<String> page = n -> root + PAGE;
      LoadGenerator load = new LoadGenerator(server);

      LOG.info(
          "Registry benchmark: "
              + seed.listed()
              + " listed profiles seeded in "
              + seeding
              + " s; warming up");
      for (var warm : List.of(staticFile, verify, unknown, page)) {
        load.run("warm-up", connections, warmUp, warm);
      }

      Rounds files = new Rounds("static file", this::statementsSoFar);
      Rounds verifications = new Rounds("verify", this::statementsSoFar);
      Rounds fresh = new Rounds("verify, new address each time", this::statementsSoFar);
      Rounds pages = new Rounds("registry page", this::statementsSoFar);
      List<Double> pairedRatios = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        // Alternate which of the pair goes first, so that drift of the machine hits both alike.
        boolean fileFirst = round % 2 == 1;
        (fileFirst ? files : verifications)
            .measure(load, connections, measured, fileFirst ? staticFile : verify);
        (fileFirst ? verifications : files)
            .measure(load, connections, measured, fileFirst ? verify : staticFile);
        pairedRatios.add(verifications.last().perSecond() / files.last().perSecond());
        unknownSeen += 1_000_000L;
        fresh.measure(load, connections, measured, unknown);
        pages.measure(load, connections, measured, page);
      }
      Rounds alone = new Rounds("registry page, one connection", this::statementsSoFar);
      alone.measure(load, 1, measured, page);

      // Checked after the clock stopped: verification gives each address the answer it must.
      long wrong =
          questions.stream()
              .limit(400)
              .filter(question -> !question.expected().equals(answer(question)))
              .count();
      assertEquals(0, wrong, "verification answered " + wrong + " of 400 addresses wrongly");

      String report =
          report(
              seed,
              questions,
              connections,
              rounds,
              measured,
              warmUp,
              loadBefore,
              files,
              verifications,
              fresh,
              pages,
              alone,
              pairedRatios);
      LOG.info("\n" + report);
      String file = System.getProperty("bench.registry.report");
      if (file != null) {
        Files.writeString(Path.of(file), report);
      }
    } finally {
      seed.remove();
    }
  }

  private String answer(RegistrySeed.Question question) {
    try {
      Matcher matcher = ANSWER.matcher(get("api/registry/verify?url=" + question.encodedUrl()));
      return matcher.find() ? matcher.group(1) : "none";
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private String get(String path) throws IOException, InterruptedException {
    return Fetch.page(http, URI.create(base.toString()).resolve(path));
  }

  private long statementsSoFar() {
    return StatementProbe.statementsSoFar(http, URI.create(base.toString()));
  }

  private static long total(String json) {
    Matcher matcher = TOTAL.matcher(json);
    assertTrue(matcher.find(), json);
    return Long.parseLong(matcher.group(1));
  }

  private static String report(
      RegistrySeed seed,
      List<RegistrySeed.Question> questions,
      int connections,
      int rounds,
      Duration measured,
      Duration warmUp,
      String loadBefore,
      Rounds files,
      Rounds verify,
      Rounds fresh,
      Rounds pages,
      Rounds alone,
      List<Double> pairedRatios) {
    long official = questions.stream().filter(q -> q.expected().equals("OFFICIAL")).count();
    long closed = questions.stream().filter(q -> q.expected().equals("CLOSED")).count();
    double fileRate = files.median(LoadGenerator.Run::perSecond);
    double verifyRate = verify.median(LoadGenerator.Run::perSecond);
    StringBuilder out = new StringBuilder();
    out.append("Registry benchmark, ")
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
                "%d listed profiles, %d closing, %d closed; %d keep-alive connections from a load"
                    + " generator on the same machine; %d rounds of %d s per measurement (static file and verify alternating"
                    + " which goes first) after %d s of warm-up each; medians over the rounds, min-max in brackets; latency"
                    + " percentiles over every request of every round.%n",
                seed.listed(),
                seed.closing(),
                seed.closed(),
                connections,
                rounds,
                measured.toSeconds(),
                warmUp.toSeconds()))
        .append(
            String.format(
                Locale.ROOT,
                "verify asked about %d addresses in turn, written as people write them: %d official,"
                    + " %d closed, %d not in the registry.%n%n",
                questions.size(),
                official,
                closed,
                questions.size() - official - closed))
        .append("| Measurement | result | aim |\n|---|---:|---:|\n")
        .append("| Static file (`/" + STATIC_FILE + "`), requests/s | ")
        .append(files.range(LoadGenerator.Run::perSecond, "%.0f"))
        .append(" | |\n")
        .append("| `verify`, requests/s | ")
        .append(verify.range(LoadGenerator.Run::perSecond, "%.0f"))
        .append(" | |\n")
        .append(
            String.format(
                Locale.ROOT,
                "| `verify` / static file, requests/s | %.2f | at least 0.5 |%n",
                verifyRate / fileRate))
        .append(
            String.format(
                Locale.ROOT,
                "| `verify` / static file, ratio within each round | %.2f (%.2f-%.2f) | |%n",
                Rounds.median(pairedRatios),
                pairedRatios.stream().mapToDouble(d -> d).min().orElseThrow(),
                pairedRatios.stream().mapToDouble(d -> d).max().orElseThrow()))
        .append(
            String.format(
                Locale.ROOT,
                "| `verify` latency p50 / p99, ms | %.1f / %.1f | p99 at most 25 |%n",
                verify.overall(50),
                verify.overall(99)))
        .append("| `verify` of an address never asked before (not listed), requests/s | ")
        .append(fresh.range(LoadGenerator.Run::perSecond, "%.0f"))
        .append(" | |\n")
        .append(
            String.format(
                Locale.ROOT,
                "| `verify` of an address never asked before, latency p50 / p99, ms | %.1f / %.1f | |%n",
                fresh.overall(50),
                fresh.overall(99)))
        .append(
            String.format(
                Locale.ROOT,
                "| Static file latency p50 / p99, ms | %.1f / %.1f | |%n",
                files.overall(50),
                files.overall(99)))
        .append("| `/registry.xhtml` first page, requests/s | ")
        .append(pages.range(LoadGenerator.Run::perSecond, "%.0f"))
        .append(" | |\n")
        .append(
            String.format(
                Locale.ROOT,
                "| `/registry.xhtml` first page latency p50 / p95, ms | %.1f / %.1f | p95 at most 100 |%n",
                pages.overall(50),
                pages.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| `/registry.xhtml` first page, one connection, p50 / p95, ms | %.1f / %.1f | |%n",
                alone.overall(50),
                alone.overall(95)))
        .append(
            String.format(
                Locale.ROOT,
                "| SQL statements per request: static file / verify / verify of a new address / registry page | %.2f / %.2f / %.2f / %.2f | |%n",
                Rounds.median(files.statements),
                Rounds.median(verify.statements),
                Rounds.median(fresh.statements),
                Rounds.median(pages.statements)))
        .append(
            String.format(
                Locale.ROOT,
                "| Requests failed (not a 200, or no answer in 2 minutes): static file / verify / verify of a new address / registry page | %d of %d / %d of %d / %d of %d / %d of %d | none |%n",
                files.failures(),
                files.requests(),
                verify.failures(),
                verify.requests(),
                fresh.failures(),
                fresh.requests(),
                pages.failures() + alone.failures(),
                pages.requests() + alone.requests()))
        .append("\nPer round (requests/s): static file ")
        .append(files.perRound())
        .append("; verify ")
        .append(verify.perRound())
        .append("; verify of a new address ")
        .append(fresh.perRound())
        .append("; registry page ")
        .append(pages.perRound())
        .append(".\n");
    return out.toString();
  }
}
