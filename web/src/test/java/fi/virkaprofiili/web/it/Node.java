package fi.virkaprofiili.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * One Payara Micro of {@link TwoNodesIT} or {@link TwoNodeFaultsIT}, started by the test as an
 * operator starts a node: its own JVM, the WAR of {@link Deployments#twoNodes()}, the round's
 * database ({@code payara.cmdOptions}), a port of its own, no Hazelcast. Its log goes to {@code
 * <name>.log} beside the WAR.
 */
final class Node implements AutoCloseable {

  private static File war;

  private static final Duration START_PATIENCE = Duration.ofMinutes(15);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final URI base;
  private final Process process;
  private final Path log;

  private Node(String name, URI base, Process process, Path log) {
    this.name = name;
    this.base = base;
    this.process = process;
    this.log = log;
  }

  /** The WAR every node of the round runs, written once. */
  static synchronized File war() throws IOException {
    if (war == null) {
      Path directory =
          Path.of(System.getProperty("virkaprofiili.war")).getParent().resolve("two-nodes");
      Files.createDirectories(directory);
      File file = directory.resolve("virkaprofiili-it.war").toFile();
      Deployments.twoNodes().as(ZipExporter.class).exportTo(file, true);
      war = file;
    }
    return war;
  }

  /** How long until {@code answered} said so; fails with {@code what} past {@code patience}. */
  static Duration await(String what, Callable<Boolean> answered, Duration patience)
      throws Exception {
    Instant start = Instant.now();
    Instant deadline = start.plus(patience);
    while (!answered.call()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within " + patience);
      }
      Thread.sleep(100);
    }
    return Duration.between(start, Instant.now());
  }

  /** Starts the node; {@link #awaitReady()} waits for it. */
  static Node start(String name, File war, String... jvmOptions) {
    return start(name, war, freePort(), jvmOptions);
  }

  /** Starts the node on the port given, which its options may name (its own address). */
  static Node start(String name, File war, int port, String... jvmOptions) {
    Path directory = war.toPath().getParent();
    Path log = directory.resolve(name + ".log");
    Path root = directory.resolve(name + "-root");
    // A root directory left by an earlier run holds its deployment, which Payara Micro would deploy
    // first and then replace with this one: the node would be "ready" while it redeploys.
    deleteTree(root);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Arrays.stream(System.getProperty("payara.cmdOptions", "").trim().split("\\s+"))
        .filter(option -> !option.isBlank())
        .forEach(command::add);
    // E-mail is not what the two nodes test: with no mail host it is logged, not sent. A later
    // option wins over the round's.
    command.add("-Dvirkaprofiili.mail.host=");
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            war.getAbsolutePath(),
            "--contextRoot",
            "/",
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--rootDir",
            root.toString()));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      System.out.println("[two nodes] " + name + " starting on port " + port + ", log " + log);
      return new Node(name, URI.create("http://127.0.0.1:" + port + "/"), process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start node " + name, e);
    }
  }

  /** Waits until the node says it is ready to serve; fails with its log's end if it died. */
  Node awaitReady() throws InterruptedException {
    Instant started = Instant.now();
    Instant deadline = started.plus(START_PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended while starting:\n" + logTail());
      }
      try {
        if (get("health/ready").statusCode() == 200) {
          System.out.println(
              "[two nodes] "
                  + name
                  + " ready after "
                  + Duration.between(started, Instant.now()).toSeconds()
                  + " s");
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(2000);
    }
    throw new IllegalStateException(
        name + " was not ready in " + START_PATIENCE + ":\n" + logTail());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A step of {@link TwoNodesSeed} on this node; its answer's lines as a map. */
  Map<String, String> step(String step, String parameters)
      throws IOException, InterruptedException {
    return step("it/two-nodes", step, parameters);
  }

  /** A step of the seed servlet at {@code path} on this node; its answer's lines as a map. */
  Map<String, String> step(String path, String step, String parameters)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(path, step, parameters);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          name + " answered " + response.statusCode() + " to " + step + ":\n" + logTail());
    }
    return lines(response);
  }

  /**
   * A step tried as a client under load tries it: its answer if the node acknowledged it (200),
   * empty if the node answered otherwise or not at all.
   */
  Optional<Map<String, String>> attempt(String step, String parameters)
      throws InterruptedException {
    try {
      HttpResponse<String> response = send("it/two-nodes", step, parameters);
      return response.statusCode() == 200 ? Optional.of(lines(response)) : Optional.empty();
    } catch (IOException notAnswered) {
      return Optional.empty();
    }
  }

  private HttpResponse<String> send(String path, String step, String parameters)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(3))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("step=" + step + "&" + parameters))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Map<String, String> lines(HttpResponse<String> response) {
    return response
        .body()
        .lines()
        .map(line -> line.split("=", 2))
        .filter(pair -> pair.length == 2)
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
  }

  /** The JVM dies at once, as with {@code kill -9}: no shutdown, its locks left in the database. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
    System.out.println("[two nodes] " + name + " killed");
  }

  /** The deadlocks a thread dump of the node's JVM reports ({@code jcmd Thread.print}). */
  String deadlocks() throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()),
                "Thread.print",
                "-l")
            .redirectErrorStream(true)
            .start();
    String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    Files.writeString(log.resolveSibling(name + "-threads.txt"), dump);
    int found = dump.indexOf("Found one Java-level deadlock");
    return found < 0 ? "(none in the dump)" : dump.substring(found);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** Everything the node has logged so far. */
  String log() throws IOException {
    return Files.readString(log, StandardCharsets.ISO_8859_1);
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not clear " + root, e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
