package fi.virkaprofiili.web.bench;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.closure.boundary.ClosureDecision;
import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.database.StatementCounter;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.review.boundary.ReviewAnswer;
import fi.virkaprofiili.review.boundary.ReviewService;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import fi.virkaprofiili.web.it.Deployments;
import fi.virkaprofiili.web.it.LifecycleFixture;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: lifecycles per second through the application's boundaries against a
 * plain engine running the same BPMN with no-op delegates, on the same PostgreSQL database, in the
 * same run; and SQL statements per lifecycle for both. Run by {@code ./mvnw -Pbenchmark verify}
 * only ({@code bench/README.md}); it asserts that every lifecycle completed, never how fast.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleBenchmark {

  private static final Logger LOG = Logger.getLogger(LifecycleBenchmark.class.getName());

  @Deployment
  static WebArchive deployment() {
    return Deployments.application()
        .addClasses(
            ProcessSteps.class, RawEngine.class, RawLifecycle.class, RawLifecycle.Deadlines.class);
  }

  @Inject private ProcessEngine engine;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;
  @Inject private ReviewService reviews;
  @Inject private ClosureService closures;

  private ProcessSteps steps;

  @Test
  void lifecyclesThroughTheBoundariesAgainstTheRawEngine() throws IOException {
    int lifecycles = Integer.getInteger("bench.lifecycle.count", 20);
    int rounds = Integer.getInteger("bench.lifecycle.rounds", 5);
    int warmUp = Integer.getInteger("bench.lifecycle.warmup", 20);
    assertTrue(
        Boolean.getBoolean(StatementCounter.PROPERTY),
        "run with -D" + StatementCounter.PROPERTY + "=true");
    steps = new ProcessSteps(engine);

    // Both sides run every job themselves: the job executor would only add its polling delay,
    // and would take the raw engine's jobs, which share the tables.
    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    jobExecutor.shutdown();
    try (RawLifecycle raw =
        new RawLifecycle(
            Settings.databaseUrl(), Settings.databaseUser(), Settings.databasePassword())) {
      Side boundary =
          new Side(
              "boundary",
              this::boundaryLifecycle,
              StatementCounter.APPLICATION,
              this::boundaryClosed);
      Side engineAlone = new Side("raw", raw::lifecycle, raw.statements(), raw::closed);

      boundary.run(warmUp);
      engineAlone.run(warmUp);
      Map<String, Long> boundaryTexts = boundary.sql.texts();
      Map<String, Long> rawTexts = engineAlone.sql.texts();
      List<Double> pairedRatios = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        // Alternate which side goes first, so that drift of the machine hits both alike.
        Side first = round % 2 == 1 ? boundary : engineAlone;
        Side second = first == boundary ? engineAlone : boundary;
        first.measure(lifecycles);
        second.measure(lifecycles);
        pairedRatios.add(boundary.last() / engineAlone.last());
      }

      String report =
          report(boundary, engineAlone, pairedRatios, lifecycles, rounds, warmUp)
              + texts(boundary, boundaryTexts, engineAlone, rawTexts, lifecycles * rounds);
      LOG.info("\n" + report);
      String file = System.getProperty("bench.lifecycle.report");
      if (file != null) {
        Files.writeString(Path.of(file), report);
      }
    } finally {
      jobExecutor.start();
    }
  }

  /**
   * Proposal to closed as the people do it, through the boundaries; returns the process instance.
   */
  private String boundaryLifecycle(long sequence) {
    Profile profile =
        proposals.submit(
            LifecycleFixture.proposal("Benchmark " + sequence + " " + Instant.now()), "sanna");
    String process = profile.getProcessInstanceId();
    decisions.decide(steps.task(process, MANAGER_DECISION), Decision.approve(), "markus");
    agreement.agree(steps.task(process, COMMUNICATIONS_AGREEMENT), "tiina");
    setup.registerAccess(
        steps.task(process, REGISTER_ACCESS),
        "Benchmark account; both administrators as editors",
        "ilkka");
    setup.recordAccountAddress(
        steps.task(process, RECORD_ACCOUNT_ADDRESS),
        // Its own account, as the proposal names it: an account belongs to one live profile.
        profile.getAccountUrl(),
        "sanna");
    steps.runJobs(process, SET_UP_DONE, 2);
    steps.runJobs(process, PUBLISH_LISTING, 1);

    steps.runJobs(process, REVIEW_DUE, 1);
    reviews.answer(steps.task(process, PERIODIC_REVIEW), keptUp(), "sanna");

    closures.requestClosure(profile.getId(), "Benchmark", "markus");
    closures.decide(
        steps.task(process, CLOSURE_DECISION),
        ClosureDecision.close(
            "Benchmark",
            LocalDate.now().plus(30, ChronoUnit.DAYS),
            "https://www.example.org/library"),
        "markus");
    steps.runJobs(process, ANNOUNCE_CLOSURE_IN_REGISTRY, 1);
    steps.runJobs(process, NOTIFY_CLOSURE, 1);
    closures.confirmNoticePosted(steps.task(process, POST_CLOSURE_NOTICE), "sanna");
    steps.runJobs(process, NOTICES_GIVEN, 3);
    steps.runJobs(process, CLOSING_DATE_REACHED, 1);
    closures.confirmAccessRevoked(steps.task(process, REVOKE_ACCESS), "ilkka");
    closures.confirmAccountClosed(steps.task(process, CLOSE_ACCOUNT), true, "sanna");
    steps.runJobs(process, CLOSED_DOWN, 2);
    steps.runJobs(process, MARK_CLOSED, 1);
    return process;
  }

  /** The process ended at its closed end and the profile it started for is closed. */
  private boolean boundaryClosed(String process) {
    String profileId =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(process)
            .singleResult()
            .getBusinessKey();
    return steps.endedAt(process, PROFILE_CLOSED)
        && proposals.profile(Long.parseLong(profileId)).getState() == ProfileState.CLOSED;
  }

  private static ReviewAnswer keptUp() {
    ReviewAnswer answer = new ReviewAnswer();
    answer.setUpdatedRegularly(true);
    answer.setQuestionsAnswered(true);
    answer.setAdministratorsRight(true);
    answer.setTermsOfUseChanged(false);
    answer.setOutcome(ReviewAnswer.Outcome.CONTINUE);
    return answer;
  }

  /** One side of the comparison and its measured rounds. */
  private static final class Side {
    private static long sequence =
        1_000_000_000L + Instant.now().getEpochSecond() % 1_000_000 * 1000;

    final String name;
    final LongFunction<String> lifecycle;
    final StatementCounter sql;
    final Predicate<String> closed;
    final List<Double> perSecond = new ArrayList<>();
    final List<Double> statementsPerLifecycle = new ArrayList<>();
    final List<Double> commitsPerLifecycle = new ArrayList<>();
    final List<Double> autoCommittedPerLifecycle = new ArrayList<>();

    Side(
        String name,
        LongFunction<String> lifecycle,
        StatementCounter sql,
        Predicate<String> closed) {
      this.name = name;
      this.lifecycle = lifecycle;
      this.sql = sql;
      this.closed = closed;
    }

    double last() {
      return perSecond.get(perSecond.size() - 1);
    }

    List<String> run(int count) {
      List<String> processes = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        processes.add(lifecycle.apply(sequence++));
      }
      return processes;
    }

    void measure(int count) {
      long statementsBefore = sql.statements();
      long commitsBefore = sql.commits();
      long autoCommittedBefore = sql.autoCommitted();
      long start = System.nanoTime();
      List<String> processes = run(count);
      long nanos = System.nanoTime() - start;
      perSecond.add(count / (nanos / 1e9));
      statementsPerLifecycle.add((double) (sql.statements() - statementsBefore) / count);
      commitsPerLifecycle.add((double) (sql.commits() - commitsBefore) / count);
      autoCommittedPerLifecycle.add((double) (sql.autoCommitted() - autoCommittedBefore) / count);
      // Checked after the clock stopped: every lifecycle ran to its end.
      processes.forEach(
          process ->
              assertTrue(closed.test(process), name + " process " + process + " did not close"));
    }
  }

  private static String report(
      Side boundary, Side raw, List<Double> pairedRatios, int lifecycles, int rounds, int warmUp) {
    double boundaryRate = median(boundary.perSecond);
    double rawRate = median(raw.perSecond);
    double boundarySql = median(boundary.statementsPerLifecycle);
    double rawSql = median(raw.statementsPerLifecycle);
    StringBuilder out = new StringBuilder();
    out.append("Lifecycle benchmark, ")
        .append(Instant.now().truncatedTo(ChronoUnit.MINUTES))
        .append(", ")
        .append(Runtime.version())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPU(s), ")
        .append(Settings.databaseUrl())
        .append(".\n")
        .append(rounds)
        .append(" rounds of ")
        .append(lifecycles)
        .append(" lifecycles per side, alternating, after ")
        .append(warmUp)
        .append(" warm-up lifecycles per side; medians over the rounds, min-max in brackets.\n")
        .append(
            "Lifecycle: proposal, decision, agreement, set-up, listed, review, closure request and decision,")
        .append(
            " notices, closing date, closing steps, closed; every job run at once by the driver.\n\n")
        .append(
            "| Measurement | boundary (application) | raw engine (no-op delegates) | boundary / raw |\n")
        .append("|---|---:|---:|---:|\n")
        .append(
            String.format(
                Locale.ROOT,
                "| Lifecycles per second | %.1f (%.1f-%.1f) | %.1f (%.1f-%.1f) | %.2f |%n",
                boundaryRate,
                min(boundary.perSecond),
                max(boundary.perSecond),
                rawRate,
                min(raw.perSecond),
                max(raw.perSecond),
                boundaryRate / rawRate))
        .append(
            String.format(
                Locale.ROOT,
                "| Lifecycles per second, ratio within each round | | | %.2f (%.2f-%.2f) |%n",
                median(pairedRatios),
                min(pairedRatios),
                max(pairedRatios)))
        .append(
            String.format(
                Locale.ROOT,
                "| Milliseconds per lifecycle | %.0f | %.0f | %.2f |%n",
                1000 / boundaryRate,
                1000 / rawRate,
                rawRate / boundaryRate))
        .append(
            String.format(
                Locale.ROOT,
                "| SQL statements per lifecycle | %.0f | %.0f | %.2f |%n",
                boundarySql,
                rawSql,
                boundarySql / rawSql))
        .append(
            String.format(
                Locale.ROOT,
                "| Commits per lifecycle | %.0f | %.0f | |%n",
                median(boundary.commitsPerLifecycle),
                median(raw.commitsPerLifecycle)))
        .append(
            String.format(
                Locale.ROOT,
                "| Statements in auto-commit (each its own transaction) per lifecycle | %.0f | %.0f | |%n",
                median(boundary.autoCommittedPerLifecycle),
                median(raw.autoCommittedPerLifecycle)))
        .append("\nPer round (lifecycles/s): boundary ")
        .append(rounded(boundary.perSecond))
        .append("; raw ")
        .append(rounded(raw.perSecond))
        .append(".\n");
    return out.toString();
  }

  /**
   * When SQL texts were counted: the statements and commits per lifecycle that the boundary side
   * ran more (or fewer) of than the raw side, over the measured rounds, largest difference first.
   */
  private static String texts(
      Side boundary,
      Map<String, Long> boundaryBefore,
      Side raw,
      Map<String, Long> rawBefore,
      int lifecycles) {
    Map<String, Long> ours =
        StatementCounter.difference(boundary.sql.texts(), boundaryBefore, Integer.MAX_VALUE);
    Map<String, Long> theirs =
        StatementCounter.difference(raw.sql.texts(), rawBefore, Integer.MAX_VALUE);
    if (ours.isEmpty()) {
      return "";
    }
    Set<String> all = new HashSet<>(ours.keySet());
    all.addAll(theirs.keySet());
    StringBuilder out =
        new StringBuilder(
            "\nStatements and commits per lifecycle where the sides differ (boundary, raw, difference):\n\n");
    all.stream()
        .filter(sql -> !ours.getOrDefault(sql, 0L).equals(theirs.getOrDefault(sql, 0L)))
        .sorted(
            Comparator.comparingLong(
                (String sql) ->
                    -Math.abs(ours.getOrDefault(sql, 0L) - theirs.getOrDefault(sql, 0L))))
        .forEach(
            sql ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "%6.2f %6.2f %+6.2f  %s%n",
                        (double) ours.getOrDefault(sql, 0L) / lifecycles,
                        (double) theirs.getOrDefault(sql, 0L) / lifecycles,
                        (double) (ours.getOrDefault(sql, 0L) - theirs.getOrDefault(sql, 0L))
                            / lifecycles,
                        sql.length() > 220 ? sql.substring(0, 220) + "…" : sql)));
    return out.toString();
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  private static String rounded(List<Double> values) {
    return Arrays.toString(
        values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toArray());
  }
}
