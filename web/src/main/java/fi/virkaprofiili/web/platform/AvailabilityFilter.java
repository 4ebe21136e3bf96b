package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.Availability;
import fi.virkaprofiili.platform.DatabaseFailures;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
      chain.doFilter(request, response);
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

  private static boolean isResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(RESOURCES) || path.equals("/favicon.ico");
  }
}
