package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.Availability;
import fi.virkaprofiili.platform.DatabaseFailures;
import fi.virkaprofiili.platform.OutageLog;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * "Try again shortly" (503) instead of a page that cannot be served: before start-up has finished
 * (the node waits for its database, and no page may use the engine yet), and when a request fails
 * because the database is away, wherever outside JSF and the API that failure surfaced (a filter,
 * the sign-in). The error dispatch then shows the 503 page in the page's language, or JSON for
 * {@code /api} ({@link ErrorPagesFilter}). The outage is logged once ({@link OutageLog}), not with
 * each request's stack trace.
 */
public class AvailabilityFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The resources the 503 page itself needs (its style sheet), served while unavailable. */
  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject private transient Availability availability;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Availability.State state = availability.state();
    if (state != Availability.State.SERVING && !isResource(request)) {
      request.setAttribute(
          BadInput.REASON,
          state == Availability.State.STOPPED ? BadInput.STOPPED_KEY : BadInput.UNAVAILABLE_KEY);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try {
      chain.doFilter(request, new AfterError(response));
    } catch (IOException | ServletException | RuntimeException failure) {
      if (!DatabaseFailures.isOutage(failure) || response.isCommitted()) {
        throw failure;
      }
      OutageLog.noted(request.getRequestURI(), failure);
      response.reset();
      request.setAttribute(BadInput.REASON, BadInput.UNAVAILABLE_KEY);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  /**
   * Once an error is sent, what a filter still writes is dropped: the error page is written by the
   * container afterwards, and a filter that buffers the page (the anonymous pages' cache) and
   * writes its buffer after the chain would take the output stream the error page needs, so that
   * the visitor got no page at all.
   */
  static final class AfterError extends HttpServletResponseWrapper {

    private boolean errorSent;

    AfterError(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      errorSent = true;
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      errorSent = true;
      super.sendError(status, message);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return errorSent ? new Dropped() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return errorSent ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }
  }

  private static final class Dropped extends ServletOutputStream {

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // nothing is ever written, so nothing waits
    }

    @Override
    public void write(int b) {
      // dropped: the error page answers this request
    }
  }

  private static boolean isResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(RESOURCES) || path.equals("/favicon.ico");
  }
}
