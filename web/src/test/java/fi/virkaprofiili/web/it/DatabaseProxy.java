package fi.virkaprofiili.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * A TCP proxy between the nodes of {@link TwoNodeFaultsIT} and the round's PostgreSQL, so that the
 * database can go away for the nodes while it stays up for everyone else on the machine.
 * Forwarding, it passes bytes both ways; {@linkplain #cut() cut}, it ends every open connection, as
 * a server that goes down does, and ends each new one as soon as it is made, until it is
 * {@linkplain #restore() restored}.
 */
final class DatabaseProxy implements AutoCloseable {

  private final String host;
  private final int port;
  private final ServerSocket server;
  private final Set<Socket> open = new HashSet<>();
  private boolean refusing;
  private volatile boolean closed;

  /** Forwards to the server that {@code databaseUrl} (jdbc:postgresql://host:port/…) names. */
  DatabaseProxy(String databaseUrl) throws IOException {
    URI address = URI.create(databaseUrl.substring("jdbc:".length()));
    this.host = address.getHost();
    this.port = address.getPort() < 0 ? 5432 : address.getPort();
    this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "database-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code databaseUrl} with this proxy in place of its server. */
  String through(String databaseUrl) {
    URI address = URI.create(databaseUrl.substring("jdbc:".length()));
    String rest = databaseUrl.substring(databaseUrl.indexOf('/', "jdbc:postgresql://".length()));
    return "jdbc:" + address.getScheme() + "://127.0.0.1:" + server.getLocalPort() + rest;
  }

  /** The database goes away: open connections end, new ones end as soon as they are made. */
  synchronized void cut() {
    refusing = true;
    open.forEach(DatabaseProxy::closeQuietly);
    open.clear();
  }

  /** The database is back. */
  synchronized void restore() {
    refusing = false;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    cut();
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        continue; // closed, or one failed accept: the loop's condition decides
      }
      Socket upstream = null;
      try {
        upstream = forward(client);
      } catch (IOException e) {
        closeQuietly(client);
      }
      if (upstream != null) {
        pump(client, upstream);
        pump(upstream, client);
      }
    }
  }

  /** The connection to the server for {@code client}, or null if the database is away. */
  private synchronized Socket forward(Socket client) throws IOException {
    if (refusing) {
      closeQuietly(client);
      return null;
    }
    Socket upstream = new Socket(host, port);
    open.add(client);
    open.add(upstream);
    return upstream;
  }

  private void pump(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException ended) {
                // one side closed, or the proxy cut it: the other side goes too
              } finally {
                ended(from, to);
              }
            },
            "database-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private synchronized void ended(Socket from, Socket to) {
    closeQuietly(from);
    closeQuietly(to);
    open.remove(from);
    open.remove(to);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing is all that was wanted
    }
  }
}
