package fi.virkaprofiili.web.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/**
 * A small HTTP/1.1 load generator: a fixed number of keep-alive connections, one thread each, each
 * sending its next GET as soon as the answer to the last one has been read, for a fixed time. Plain
 * sockets, so that the benchmark needs nothing but the JDK and so that exactly that many
 * connections are open; bodies are read and thrown away, never parsed. A connection may carry a
 * cookie, such as the session of a person who signed in, on each of its requests.
 */
final class LoadGenerator {

  private static final int TIMEOUT_MILLIS = 120_000;

  private final String host;
  private final int port;

  /** How long each connection waits after an answer before its next request; none by default. */
  private final Duration pause;

  LoadGenerator(URI server) {
    this(server.getHost(), server.getPort() < 0 ? 80 : server.getPort(), Duration.ZERO);
  }

  private LoadGenerator(String host, int port, Duration pause) {
    this.host = host;
    this.port = port;
    this.pause = pause;
  }

  /**
   * The same load, but each connection pauses between an answer and its next request, as a person
   * reads a page before the next: between half and one and a half times {@code pause}, at random,
   * so that the connections do not move in step.
   */
  LoadGenerator pausing(Duration pause) {
    return new LoadGenerator(host, port, pause);
  }

  /** What one measurement saw. */
  record Run(
      String name,
      int connections,
      long requests,
      long failures,
      double seconds,
      long[] sortedNanos) {

    double perSecond() {
      return requests / seconds;
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
      if (sortedNanos.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(percentile / 100 * sortedNanos.length);
      return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s, %d connection(s): %.0f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d failed",
          name,
          connections,
          perSecond(),
          percentileMillis(50),
          percentileMillis(95),
          percentileMillis(99),
          failures);
    }
  }

  /**
   * GETs {@code target.apply(n)} (path and query, n counting from 0 over all connections) on {@code
   * connections} connections for {@code duration}. A request counts when its answer was read
   * completely; one that is not a 200 counts as failed.
   */
  Run run(String name, int connections, Duration duration, LongFunction<String> target)
      throws InterruptedException {
    return run(name, connections, duration, target, connection -> null);
  }

  /**
   * As {@link #run(String, int, Duration, LongFunction)}, with the {@code Cookie} header that
   * {@code cookies.apply(i)} gives for connection i (none when null) on every request it sends.
   */
  Run run(
      String name,
      int connections,
      Duration duration,
      LongFunction<String> target,
      IntFunction<String> cookies)
      throws InterruptedException {
    AtomicLong sequence = new AtomicLong();
    CountDownLatch connected = new CountDownLatch(connections);
    CountDownLatch start = new CountDownLatch(1);
    List<Connection> workers = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Connection worker = new Connection(target, cookies.apply(i), sequence, connected, start);
      workers.add(worker);
      worker.thread.start();
    }
    connected.await();
    long begin = System.nanoTime();
    long deadline = begin + duration.toNanos();
    workers.forEach(worker -> worker.deadline = deadline);
    start.countDown();
    long end = begin;
    for (Connection worker : workers) {
      worker.thread.join();
      if (worker.error != null) {
        throw new IllegalStateException(
            name
                + ": a connection failed after "
                + worker.count
                + " answers, waiting for "
                + worker.current,
            worker.error);
      }
      end = Math.max(end, worker.finished);
    }
    long requests = workers.stream().mapToLong(worker -> worker.count).sum();
    long failures = workers.stream().mapToLong(worker -> worker.failures).sum();
    long[] all = new long[(int) requests];
    int at = 0;
    for (Connection worker : workers) {
      System.arraycopy(worker.nanos, 0, all, at, worker.count);
      at += worker.count;
    }
    Arrays.sort(all);
    return new Run(name, connections, requests, failures, (end - begin) / 1e9, all);
  }

  private final class Connection implements Runnable {

    final Thread thread = new Thread(this, "load-generator");
    final LongFunction<String> target;
    final String cookieHeader;
    final AtomicLong sequence;
    final CountDownLatch connected;
    final CountDownLatch start;
    volatile long deadline;
    long[] nanos = new long[4096];
    int count;
    long failures;
    long finished;
    Exception error;
    String current;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Connection(
        LongFunction<String> target,
        String cookie,
        AtomicLong sequence,
        CountDownLatch connected,
        CountDownLatch start) {
      this.target = target;
      this.cookieHeader = cookie == null ? "" : "Cookie: " + cookie + "\r\n";
      this.sequence = sequence;
      this.connected = connected;
      this.start = start;
      thread.setDaemon(true);
    }

    @Override
    public void run() {
      try {
        open();
        connected.countDown();
        start.await();
        while (System.nanoTime() < deadline) {
          current = target.apply(sequence.getAndIncrement());
          byte[] request =
              ("GET "
                      + current
                      + " HTTP/1.1\r\nHost: "
                      + host
                      + ":"
                      + port
                      + "\r\nUser-Agent: virkaprofiili-benchmark\r\nAccept: */*\r\n"
                      + cookieHeader
                      + "\r\n")
                  .getBytes(StandardCharsets.US_ASCII);
          long sent = System.nanoTime();
          out.write(request);
          out.flush();
          Answer answer;
          try {
            answer = Answer.read(in);
          } catch (SocketTimeoutException noAnswer) {
            // Counted as failed, at the time waited; the connection cannot be used again.
            answer = new Answer(0, true);
          }
          record(System.nanoTime() - sent);
          if (answer.status != 200) {
            failures++;
          }
          if (answer.close) {
            closeQuietly(socket);
            open();
          }
          if (!pause.isZero()) {
            long nanos =
                (long)
                    (pause.toNanos()
                        * (0.5 + java.util.concurrent.ThreadLocalRandom.current().nextDouble()));
            long left = Math.min(nanos, deadline - System.nanoTime());
            if (left > 0) {
              Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
          }
        }
      } catch (Exception e) {
        error = e;
      } finally {
        finished = System.nanoTime();
        // Also when the connection could not be opened, so that the run does not wait for it.
        connected.countDown();
        closeQuietly(socket);
      }
    }

    private void open() throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      in = new BufferedInputStream(socket.getInputStream(), 32 * 1024);
      out = socket.getOutputStream();
    }

    private void record(long elapsed) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = elapsed;
    }
  }

  private static void closeQuietly(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing after the measurement: nothing to do about it.
      }
    }
  }

  /**
   * The status of an HTTP/1.1 answer, read to its end: by Content-Length, chunks, or the closing of
   * the connection.
   */
  private record Answer(int status, boolean close) {

    static Answer read(InputStream in) throws IOException {
      String statusLine = line(in);
      int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.contains("chunked");
          case "connection" -> close = value.contains("close");
          default -> {}
        }
      }
      if (status == 204 || status == 304 || (status >= 100 && status < 200)) {
        return new Answer(status, close);
      }
      if (chunked) {
        for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
          skip(in, size);
          line(in);
        }
        while (!line(in).isEmpty()) {
          // Trailers, if any.
        }
      } else if (length >= 0) {
        skip(in, length);
      } else {
        in.transferTo(OutputStream.nullOutputStream());
        close = true;
      }
      return new Answer(status, close);
    }

    private static long chunkSize(String line) {
      int extension = line.indexOf(';');
      return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private static void skip(InputStream in, long bytes) throws IOException {
      long left = bytes;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new EOFException("answer ended early");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    private static String line(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new EOFException("connection closed by the server");
        }
        if (b != '\r') {
          bytes.write(b);
        }
      }
      return bytes.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
