package fi.virkaprofiili.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Steps of the IT phase that run in Maven's own JVM (exec:java in web/pom.xml), around the rounds'
 * test JVMs: {@code before} refuses at once what cannot work, {@code after} names at the very end
 * of the build the browser classes that did not run ({@link BrowserAvailable}), and the PostgreSQL
 * round when it had no database ({@link PostgreSqlAvailable}).
 */
public final class ItBuild {

  /** The file that says why the PostgreSQL round did not run, when it did not. */
  private static final String POSTGRESQL_ROUND = "postgresql-round";

  private ItBuild() {}

  /**
   * {@code before <not-run dir> url=<it.postgresql.url> skip=<flags>} or {@code after <not-run
   * dir>}; the flags are skipTests, skipITs and it.postgresql.skip, comma-separated.
   */
  public static void main(String[] args) throws IOException {
    Path notRun = Path.of(args[1]);
    if (args[0].equals("before")) {
      clear(notRun);
      String url = args[2].replaceFirst("^url=", "");
      boolean postgresqlRuns =
          Arrays.stream(args[3].replaceFirst("^skip=", "").split(",")).noneMatch("true"::equals);
      if (postgresqlRuns && url.isBlank() && ItDatabase.runsAsRoot()) {
        Files.createDirectories(notRun);
        Files.writeString(notRun.resolve(POSTGRESQL_ROUND), ItDatabase.ROOT_REFUSED);
      }
    } else {
      report(notRun);
    }
  }

  /** Called in a round's test JVM: this browser class did not run. */
  static void recordNotRun(Class<?> testClass) {
    String file = System.getProperty("it.notRun.file");
    if (file == null) {
      return;
    }
    try {
      Path path = Path.of(file);
      Files.createDirectories(path.getParent());
      Files.writeString(
          path,
          testClass.getSimpleName() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void clear(Path notRun) throws IOException {
    if (Files.isDirectory(notRun)) {
      try (Stream<Path> files = Files.list(notRun)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /**
   * Prints the line when Maven's JVM ends, after its own summary, so that it is the last thing the
   * build says.
   */
  private static void report(Path notRun) throws IOException {
    if (!Files.isDirectory(notRun)) {
      return;
    }
    TreeSet<String> classes = new TreeSet<>();
    String postgresqlRound = null;
    try (Stream<Path> files = Files.list(notRun)) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().equals(POSTGRESQL_ROUND)) {
          postgresqlRound = Files.readString(file, StandardCharsets.UTF_8);
        } else {
          classes.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      }
    }
    classes.remove("");
    List<String> lines = new ArrayList<>();
    if (postgresqlRound != null) {
      lines.add("!!! POSTGRESQL ROUND NOT RUN (" + postgresqlRound + ") !!!");
    }
    if (!classes.isEmpty()) {
      lines.add(
          "!!! BROWSER TESTS NOT RUN (they need "
              + Browser.looksFor()
              + "; set CHROME_BIN and CHROMEDRIVER or install chromium and chromium-driver): "
              + String.join(", ", classes)
              + " !!!");
    }
    if (lines.isEmpty()) {
      return;
    }
    String line = String.join(System.lineSeparator(), lines);
    // In the JVM's top thread group: exec:java destroys the group its main ran in.
    ThreadGroup top = Thread.currentThread().getThreadGroup();
    while (top.getParent() != null) {
      top = top.getParent();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(top, new Printer(line), "it-not-run"));
  }

  /** A class of its own, loaded before Maven's class loader for this step is closed. */
  private record Printer(String line) implements Runnable {
    @Override
    public void run() {
      System.out.println(line);
    }
  }
}
