package fi.virkaprofiili.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;

/**
 * One kind of request of a load benchmark and its measured rounds, with the SQL statements the
 * application ran per request in each (read from {@link StatementProbe} before and after); and the
 * small statistics the benchmarks' reports share.
 */
final class Rounds {

  private static final Logger LOG = Logger.getLogger(Rounds.class.getName());

  final String name;
  final List<LoadGenerator.Run> runs = new ArrayList<>();
  final List<Double> statements = new ArrayList<>();
  private final LongSupplier statementsSoFar;

  Rounds(String name, LongSupplier statementsSoFar) {
    this.name = name;
    this.statementsSoFar = statementsSoFar;
  }

  void measure(LoadGenerator load, int connections, Duration duration, LongFunction<String> target)
      throws InterruptedException {
    measure(load, connections, duration, target, connection -> null);
  }

  /** A round with a cookie on each connection's requests, as {@link LoadGenerator} sends them. */
  void measure(
      LoadGenerator load,
      int connections,
      Duration duration,
      LongFunction<String> target,
      IntFunction<String> cookies)
      throws InterruptedException {
    long before = statementsSoFar.getAsLong();
    LoadGenerator.Run run = load.run(name, connections, duration, target, cookies);
    statements.add((double) (statementsSoFar.getAsLong() - before) / run.requests());
    LOG.info(
        run
            + String.format(
                Locale.ROOT,
                ", %.2f SQL statements per request",
                statements.get(statements.size() - 1)));
    runs.add(run);
  }

  LoadGenerator.Run last() {
    return runs.get(runs.size() - 1);
  }

  double median(ToDoubleFunction<LoadGenerator.Run> measure) {
    return Rounds.median(runs.stream().mapToDouble(measure).boxed().toList());
  }

  /** The median over the rounds and, in brackets, the least and the greatest. */
  String range(ToDoubleFunction<LoadGenerator.Run> measure, String format) {
    double[] values = runs.stream().mapToDouble(measure).sorted().toArray();
    return String.format(
        Locale.ROOT,
        format + " (" + format + "-" + format + ")",
        median(measure),
        values[0],
        values[values.length - 1]);
  }

  long failures() {
    return runs.stream().mapToLong(LoadGenerator.Run::failures).sum();
  }

  long requests() {
    return runs.stream().mapToLong(LoadGenerator.Run::requests).sum();
  }

  /** Percentile over every request of every round. */
  double overall(double percentile) {
    long[] all =
        runs.stream().flatMapToLong(run -> Arrays.stream(run.sortedNanos())).sorted().toArray();
    return new LoadGenerator.Run(name, 0, all.length, 0, 1, all).percentileMillis(percentile);
  }

  /** Requests per second in each round, rounded. */
  String perRound() {
    return Arrays.toString(
        runs.stream().map(run -> String.format(Locale.ROOT, "%.0f", run.perSecond())).toArray());
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException notLinux) {
      return "?";
    }
  }
}
