package fi.virkaprofiili.web.bench;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deployed with the portal benchmark only: how big the HTTP sessions of the given ids are, as the
 * container would have to write them to disk or to another node. Each attribute is serialized on
 * its own into a stream that only counts; the answer is a line per session ({@code session ID
 * BYTES}) followed by a line per attribute ({@code attribute NAME BYTES CLASS}, -1 bytes for one
 * that cannot be serialized).
 */
@WebServlet(SessionProbe.PATH)
public class SessionProbe extends HttpServlet {

  static final String PATH = "/benchmark/session-sizes";

  private static final long serialVersionUID = 1L;
  private static final Map<String, HttpSession> LIVE = new ConcurrentHashMap<>();

  /**
   * Keeps the live sessions, which the servlet API offers no way to list, under their ids as they
   * change (signing in gives the session a new one).
   */
  @WebListener
  public static class Sessions implements HttpSessionListener, HttpSessionIdListener {

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
      LIVE.remove(oldSessionId);
      LIVE.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
      LIVE.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      LIVE.remove(event.getSession().getId());
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    PrintWriter out = response.getWriter();
    for (String wanted : request.getParameter("ids").split(",")) {
      HttpSession session =
          LIVE.entrySet().stream()
              .filter(
                  live -> wanted.equals(live.getKey()) || wanted.startsWith(live.getKey() + "."))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      if (session == null) {
        out.println("missing " + wanted);
        continue;
      }
      StringBuilder attributes = new StringBuilder();
      long total = 0;
      for (String name : Collections.list(session.getAttributeNames())) {
        Object value = session.getAttribute(name);
        long size = serializedSize(value);
        total += Math.max(0, size);
        attributes
            .append("attribute ")
            .append(name.replace(' ', '_'))
            .append(' ')
            .append(size)
            .append(' ')
            .append(value == null ? "null" : value.getClass().getName())
            .append('\n');
      }
      out.print("session " + wanted + " " + total + "\n" + attributes);
    }
  }

  private static long serializedSize(Object value) {
    Counting counting = new Counting();
    try (ObjectOutputStream out = new ObjectOutputStream(counting)) {
      out.writeObject(value);
    } catch (IOException notSerializable) {
      return -1;
    }
    return counting.bytes;
  }

  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
