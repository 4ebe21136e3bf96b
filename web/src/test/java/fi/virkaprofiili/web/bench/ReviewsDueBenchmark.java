package fi.virkaprofiili.web.bench;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.database.StatementCounter;
import fi.virkaprofiili.profile.control.LifecycleVariables;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.it.Deployments;
import fi.virkaprofiili.web.it.TestMailServer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
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
 * A benchmark, not a test: N listed profiles whose review timers fall due at the same moment, and
 * how long the real job executor takes until every review task exists, the application against a
 * plain engine with Camunda's default job executor doing the same on the same PostgreSQL database,
 * in the same run. Run by {@code ./mvnw -Pbenchmark verify} only ({@code bench/README.md}); it
 * asserts that every review task exists exactly once (and, on the application's side, its e-mail
 * once in the outbox), never how fast.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewsDueBenchmark {

  private static final Logger LOG = Logger.getLogger(ReviewsDueBenchmark.class.getName());

  /** What {@code review-interval.dmn} answers for an organisation's profile. */
  private static final String ORGANISATION_REVIEW_INTERVAL = "P6M";

  private static final Duration GIVE_UP = Duration.ofHours(1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.application()
        .addClasses(
            RawEngine.class,
            RawReviews.class,
            RawLifecycle.class,
            RegistrySeed.class,
            Rounds.class,
            LoadGenerator.class,
            TestMailServer.class)
        .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
  }

  @Inject private ProcessEngine engine;
  @Inject private ProposalService proposals;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory threads;

  private String url;
  private String user;

  @Test
  void reviewTimersFallingDueTogetherAgainstTheRawEngine() throws Exception {
    int count = Integer.getInteger("bench.reviews.count", 10_000);
    int rounds = Integer.getInteger("bench.reviews.rounds", 2);
    int warmUp = Integer.getInteger("bench.reviews.warmup", 500);
    int starters = Integer.getInteger("bench.reviews.starters", 4);
    assertTrue(
        Boolean.getBoolean(StatementCounter.PROPERTY),
        "run with -D" + StatementCounter.PROPERTY + "=true");
    assertTrue(
        TestMailServer.greenMail() != null && Settings.value(Settings.MAIL_HOST, "").length() > 0,
        "run with a mail host");
    url = Settings.databaseUrl();
    user = Settings.databaseUser();
    Class.forName("org.postgresql.Driver");
    String loadBefore = Rounds.loadAverage();

    JobExecutor applicationExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    // Each side's job executor runs only in its own rounds: the engines share the tables.
    applicationExecutor.shutdown();
    assertNotNull(threads, "the container's managed thread factory");
    ExecutorService starting = Executors.newFixedThreadPool(starters, threads);
    try (RawReviews raw = new RawReviews(url, user, Settings.databasePassword())) {
      // Profiles for every round of the application's side, the warm-up's too, in SQL batches.
      RegistrySeed seed =
          new RegistrySeed(url, user, warmUp + rounds * count, List.of("markus"), i -> "sanna");
      double seeded = seed.write();
      List<Long> listed = listedProfiles();
      LOG.info(
          String.format(
              Locale.ROOT, "%d listed profiles written in %.1f s", listed.size(), seeded));

      Side application =
          new Side(
              "application",
              applicationExecutor::start,
              applicationExecutor::shutdown,
              StatementCounter.APPLICATION,
              profileId ->
                  engine
                      .getRuntimeService()
                      .createProcessInstanceByKey(PROCESS_KEY)
                      .businessKey(Long.toString(profileId))
                      .setVariables(LifecycleVariables.all(proposals.profile(profileId)))
                      .setVariable(VAR_REVIEW_INTERVAL, ORGANISATION_REVIEW_INTERVAL)
                      .startBeforeActivity(REVIEW_DUE)
                      .execute()
                      .getId(),
              true);
      Side engineAlone =
          new Side(
              "raw",
              raw::startJobExecutor,
              raw::stopJobExecutor,
              raw.statements(),
              profileId ->
                  raw.engine()
                      .getRuntimeService()
                      .createProcessInstanceByKey(PROCESS_KEY)
                      .businessKey("raw-" + profileId)
                      .setVariables(rawVariables(profileId))
                      .setVariable(VAR_REVIEW_INTERVAL, ORGANISATION_REVIEW_INTERVAL)
                      .startBeforeActivity(REVIEW_DUE)
                      .execute()
                      .getId(),
              false);

      int next = 0;
      Round warmApplication = application.prepare(listed.subList(next, next + warmUp), starting);
      Round warmRaw = engineAlone.prepare(listed.subList(next, next + warmUp), starting);
      next += warmUp;
      application.fire(warmApplication);
      engineAlone.fire(warmRaw);
      List<Double> ratios = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        List<Long> profiles = listed.subList(next, next + count);
        next += count;
        Round ours = application.prepare(profiles, starting);
        Round theirs = engineAlone.prepare(profiles, starting);
        // Alternate which side goes first, so that drift of the machine hits both alike.
        if (round % 2 == 1) {
          application.fire(ours);
          engineAlone.fire(theirs);
        } else {
          engineAlone.fire(theirs);
          application.fire(ours);
        }
        application.measured.add(ours);
        engineAlone.measured.add(theirs);
        ratios.add(ours.seconds / theirs.seconds);
      }

      // Checked after the clocks stopped: every review task exists once, with its one e-mail.
      for (Side side : List.of(application, engineAlone)) {
        for (Round round : side.all) {
          assertEquals(round.processes.size(), round.tasks, side.name + ": review tasks");
          assertEquals(
              round.processes.size(), round.processesWithTask, side.name + ": processes with one");
        }
      }
      for (Round round : application.all) {
        assertEquals(
            round.processes.size(), round.emails, "application: review e-mails in the outbox");
      }

      String report =
          report(
              application,
              engineAlone,
              ratios,
              count,
              rounds,
              warmUp,
              loadBefore,
              applicationExecutor);
      LOG.info("\n" + report);
      String file = System.getProperty("bench.reviews.report");
      if (file != null) {
        Files.writeString(Path.of(file), report);
      }
    } finally {
      starting.shutdownNow();
      applicationExecutor.start();
    }
  }

  /** The start variables a boundary would give, for a process of the raw engine. */
  private static Map<String, Object> rawVariables(long profileId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_UNIT_MANAGER, "markus");
    variables.put(VAR_KIND, "ORGANISATION");
    variables.put(VAR_EXPERT, null);
    variables.put(VAR_CHANNEL, "INSTAGRAM");
    variables.put(VAR_PROFILE_ID, profileId);
    variables.put(VAR_PROPOSER, "sanna");
    return variables;
  }

  /** One side's review timers of one round, and what came of them. */
  private static final class Round {
    final List<String> processes;
    double seconds;
    double setUpSeconds;
    long latenessMillis;
    long medianLatenessMillis;
    long tasks;
    long processesWithTask;
    long emails;
    long failedJobs;
    double statements;
    double commits;
    double mailSentSeconds = Double.NaN;
    int mailReceived;

    Round(List<String> processes) {
      this.processes = processes;
    }
  }

  /** One side: how to start its job executor and its processes, and its rounds. */
  private final class Side {
    final String name;
    final Runnable startExecutor;
    final Runnable stopExecutor;
    final StatementCounter sql;
    final LongFunction<String> start;
    final boolean mail;
    final List<Round> all = new ArrayList<>();
    final List<Round> measured = new ArrayList<>();

    Side(
        String name,
        Runnable startExecutor,
        Runnable stopExecutor,
        StatementCounter sql,
        LongFunction<String> start,
        boolean mail) {
      this.name = name;
      this.startExecutor = startExecutor;
      this.stopExecutor = stopExecutor;
      this.sql = sql;
      this.start = start;
      this.mail = mail;
    }

    /**
     * A process for each profile, waiting at its review timer (due in six months, as started); for
     * the application's side, each profile then knows its process as the application's own start
     * would have it.
     */
    Round prepare(List<Long> profiles, ExecutorService starting) throws Exception {
      long begin = System.nanoTime();
      List<Future<String>> started = new ArrayList<>(profiles.size());
      for (long profile : profiles) {
        started.add(starting.submit(() -> start.apply(profile)));
      }
      List<String> processes = new ArrayList<>(profiles.size());
      for (Future<String> process : started) {
        processes.add(process.get());
      }
      if (mail) {
        attach(profiles, processes);
      }
      Round round = new Round(processes);
      round.setUpSeconds = (System.nanoTime() - begin) / 1e9;
      LOG.info(
          String.format(
              Locale.ROOT,
              "%s: %d processes waiting at %s, started in %.1f s",
              name,
              processes.size(),
              REVIEW_DUE,
              round.setUpSeconds));
      all.add(round);
      return round;
    }

    /**
     * Makes every review timer of the round due now, starts the side's job executor and waits until
     * every review task exists; then stops the executor and, on the application's side, waits until
     * the outbox has sent the e-mails, so that the next side runs on a quiet server.
     */
    void fire(Round round) throws Exception {
      long statementsBefore = sql.statements();
      long commitsBefore = sql.commits();
      try (Connection db = connect()) {
        Array processes = db.createArrayOf("varchar", round.processes.toArray());
        Timestamp due = Timestamp.from(Instant.now());
        try (PreparedStatement makeDue =
            db.prepareStatement(
                "update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_INSTANCE_ID_ = any(?)"
                    + " and JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?)")) {
          makeDue.setTimestamp(1, due);
          makeDue.setArray(2, processes);
          makeDue.setString(3, REVIEW_DUE);
          assertEquals(round.processes.size(), makeDue.executeUpdate(), "review timers made due");
        }
        long begin = System.nanoTime();
        startExecutor.run();
        try {
          long deadline = begin + GIVE_UP.toNanos();
          while (reviewTasks(db, processes) < round.processes.size()) {
            if (System.nanoTime() > deadline) {
              fail(name + ": review tasks not all there after " + GIVE_UP);
            }
            Thread.sleep(100);
          }
          round.seconds = (System.nanoTime() - begin) / 1e9;
        } finally {
          stopExecutor.run();
        }
        round.statements = (double) (sql.statements() - statementsBefore) / round.processes.size();
        round.commits = (double) (sql.commits() - commitsBefore) / round.processes.size();
        if (mail) {
          waitForTheOutbox(db, begin, round);
        }
        measure(db, processes, due, round);
      }
      LOG.info(
          String.format(
              Locale.ROOT,
              "%s: %d review tasks in %.1f s, the last %.1f s after due; %.1f statements each",
              name,
              round.tasks,
              round.seconds,
              round.latenessMillis / 1000.0,
              round.statements));
    }

    private void waitForTheOutbox(Connection db, long begin, Round round) throws Exception {
      long deadline = System.nanoTime() + GIVE_UP.toNanos();
      while (true) {
        try (PreparedStatement unsent =
                db.prepareStatement("select count(*) from OUTBOX_MESSAGE where STATE = 'PENDING'");
            ResultSet rows = unsent.executeQuery()) {
          rows.next();
          if (rows.getLong(1) == 0) {
            break;
          }
        }
        if (System.nanoTime() > deadline) {
          fail(name + ": e-mails still pending after " + GIVE_UP);
        }
        Thread.sleep(200);
      }
      round.mailSentSeconds = (System.nanoTime() - begin) / 1e9;
      round.mailReceived = TestMailServer.received().length;
      TestMailServer.greenMail().purgeEmailFromAllMailboxes();
    }

    private void measure(Connection db, Array processes, Timestamp due, Round round)
        throws SQLException {
      List<Long> created = new ArrayList<>();
      List<String> taskIds = new ArrayList<>();
      try (PreparedStatement tasks =
          db.prepareStatement(
              "select ID_, CREATE_TIME_, PROC_INST_ID_ from ACT_RU_TASK"
                  + " where TASK_DEF_KEY_ = ? and PROC_INST_ID_ = any(?)")) {
        tasks.setString(1, PERIODIC_REVIEW);
        tasks.setArray(2, processes);
        try (ResultSet rows = tasks.executeQuery()) {
          java.util.Set<String> withTask = new java.util.HashSet<>();
          while (rows.next()) {
            taskIds.add(rows.getString(1));
            created.add(rows.getTimestamp(2).getTime() - due.getTime());
            withTask.add(rows.getString(3));
          }
          round.processesWithTask = withTask.size();
        }
      }
      round.tasks = taskIds.size();
      created.sort(Long::compare);
      round.latenessMillis = created.isEmpty() ? -1 : created.get(created.size() - 1);
      round.medianLatenessMillis = created.isEmpty() ? -1 : created.get(created.size() / 2);
      try (PreparedStatement failed =
          db.prepareStatement(
              "select count(*) from ACT_HI_JOB_LOG where JOB_EXCEPTION_MSG_ is not null"
                  + " and PROCESS_INSTANCE_ID_ = any(?)")) {
        failed.setArray(1, processes);
        try (ResultSet rows = failed.executeQuery()) {
          rows.next();
          round.failedJobs = rows.getLong(1);
        }
      }
      if (mail) {
        // One e-mail per task: to its assignee, under the key the notice gives it.
        Map<String, Integer> perTask = new HashMap<>();
        try (PreparedStatement outbox =
                db.prepareStatement(
                    "select NOTICE_KEY from OUTBOX_MESSAGE where NOTICE_KEY like 'task/%'");
            ResultSet rows = outbox.executeQuery()) {
          while (rows.next()) {
            perTask.merge(rows.getString(1).split("/")[1], 1, Integer::sum);
          }
        }
        round.emails = taskIds.stream().filter(id -> perTask.getOrDefault(id, 0) == 1).count();
      }
    }

    private long reviewTasks(Connection db, Array processes) throws SQLException {
      try (PreparedStatement tasks =
          db.prepareStatement(
              "select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ? and PROC_INST_ID_ = any(?)")) {
        tasks.setString(1, PERIODIC_REVIEW);
        tasks.setArray(2, processes);
        try (ResultSet rows = tasks.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    }
  }

  /** Each profile of the application's side knows its process, as a start through it would. */
  private void attach(List<Long> profiles, List<String> processes) throws SQLException {
    try (Connection db = connect();
        PreparedStatement attach =
            db.prepareStatement("update PROFILE set PROCESS_INSTANCE_ID = ? where ID = ?")) {
      db.setAutoCommit(false);
      for (int i = 0; i < profiles.size(); i++) {
        attach.setString(1, processes.get(i));
        attach.setLong(2, profiles.get(i));
        attach.addBatch();
        if (i % 1000 == 999) {
          attach.executeBatch();
        }
      }
      attach.executeBatch();
      db.commit();
    }
  }

  private List<Long> listedProfiles() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection db = connect();
        PreparedStatement listed =
            db.prepareStatement(
                "select ID from PROFILE where ID >= ? and STATE = 'LISTED'"
                    + " and PROCESS_INSTANCE_ID is null order by ID")) {
      listed.setLong(1, RegistrySeed.FIRST_ID);
      try (ResultSet rows = listed.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private Connection connect() throws SQLException {
    // Named, so that the database tells the benchmark's own polling from either side's work.
    return DriverManager.getConnection(
        url + (url.contains("?") ? "&" : "?") + "ApplicationName=reviews-benchmark", user, "");
  }

  private static String report(
      Side application,
      Side raw,
      List<Double> ratios,
      int count,
      int rounds,
      int warmUp,
      String loadBefore,
      JobExecutor applicationExecutor) {
    List<Double> ours = application.measured.stream().map(r -> r.seconds).toList();
    List<Double> theirs = raw.measured.stream().map(r -> r.seconds).toList();
    StringBuilder out = new StringBuilder();
    out.append("Reviews-due benchmark, ")
        .append(Instant.now().truncatedTo(ChronoUnit.MINUTES))
        .append(", ")
        .append(Runtime.version())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPU(s), ")
        .append(Settings.databaseUrl())
        .append(", load average before ")
        .append(loadBefore)
        .append(", after ")
        .append(Rounds.loadAverage())
        .append(".\n")
        .append(rounds)
        .append(" rounds of ")
        .append(count)
        .append(" review timers per side made due at once, alternating which side goes first,")
        .append(" after ")
        .append(warmUp)
        .append(" per side to warm up; medians over the rounds, min-max in brackets.\n")
        .append("Application's job executor: ")
        .append(applicationExecutor.getClass().getSimpleName())
        .append(", ")
        .append(applicationExecutor.getMaxJobsPerAcquisition())
        .append(" jobs per acquisition, lock ")
        .append(applicationExecutor.getLockTimeInMillis() / 1000)
        .append(" s. Raw: Camunda's DefaultJobExecutor with its defaults.\n\n")
        .append("| Measurement | application | raw engine | application / raw |\n")
        .append("|---|---:|---:|---:|\n")
        .append(
            String.format(
                Locale.ROOT,
                "| Seconds until every review task exists | %s | %s | %.2f |%n",
                range(ours, "%.1f"),
                range(theirs, "%.1f"),
                Rounds.median(ours) / Rounds.median(theirs)))
        .append(
            String.format(
                Locale.ROOT, "| Ratio within each round | | | %s |%n", range(ratios, "%.2f")))
        .append(
            String.format(
                Locale.ROOT,
                "| Review tasks per second | %.0f | %.0f | %.2f |%n",
                count / Rounds.median(ours),
                count / Rounds.median(theirs),
                Rounds.median(theirs) / Rounds.median(ours)))
        .append(
            String.format(
                Locale.ROOT,
                "| Latest task created after due, s (median task) | %s (%s) | %s (%s) | |%n",
                range(seconds(application, r -> r.latenessMillis), "%.1f"),
                range(seconds(application, r -> r.medianLatenessMillis), "%.1f"),
                range(seconds(raw, r -> r.latenessMillis), "%.1f"),
                range(seconds(raw, r -> r.medianLatenessMillis), "%.1f")))
        .append(
            String.format(
                Locale.ROOT,
                "| SQL statements per review (commits) | %.1f (%.1f) | %.1f (%.1f) | %.2f |%n",
                Rounds.median(application.measured.stream().map(r -> r.statements).toList()),
                Rounds.median(application.measured.stream().map(r -> r.commits).toList()),
                Rounds.median(raw.measured.stream().map(r -> r.statements).toList()),
                Rounds.median(raw.measured.stream().map(r -> r.commits).toList()),
                Rounds.median(application.measured.stream().map(r -> r.statements).toList())
                    / Rounds.median(raw.measured.stream().map(r -> r.statements).toList())))
        .append(
            String.format(
                Locale.ROOT,
                "| Failed job attempts (retried), all rounds | %d | %d | |%n",
                application.measured.stream().mapToLong(r -> r.failedJobs).sum(),
                raw.measured.stream().mapToLong(r -> r.failedJobs).sum()))
        .append(
            String.format(
                Locale.ROOT,
                "| Seconds until every e-mail was sent (SMTP server in the same JVM) | %s | | |%n",
                range(application.measured.stream().map(r -> r.mailSentSeconds).toList(), "%.1f")))
        .append(
            String.format(
                Locale.ROOT,
                "| Seconds to start the processes (not timed above) | %s | %s | |%n",
                range(application.measured.stream().map(r -> r.setUpSeconds).toList(), "%.1f"),
                range(raw.measured.stream().map(r -> r.setUpSeconds).toList(), "%.1f")))
        .append("\nPer round (seconds to every task): application ")
        .append(rounded(ours))
        .append("; raw ")
        .append(rounded(theirs))
        .append(". E-mails received by the SMTP server per round: ")
        .append(application.measured.stream().map(r -> r.mailReceived).toList())
        .append(".\n");
    return out.toString();
  }

  private static List<Double> seconds(Side side, java.util.function.ToLongFunction<Round> millis) {
    return side.measured.stream().map(r -> millis.applyAsLong(r) / 1000.0).toList();
  }

  private static String range(List<Double> values, String format) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(
        Locale.ROOT,
        format + " (" + format + "-" + format + ")",
        Rounds.median(values),
        sorted[0],
        sorted[sorted.length - 1]);
  }

  private static String rounded(List<Double> values) {
    return Arrays.toString(
        values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toArray());
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
