package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.OutageLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bad input that fails outside JSF's own handling (a multipart body the container cannot read, a
 * failure JSF passes on to the container) is answered with its 4xx and error page too, never with
 * the 500 page. What {@link BadInput} does not call bad input is passed on unchanged.
 */
public class BadInputFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BadInputFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      Optional<BadInput.Refusal> refusal = BadInput.of(failure);
      if (refusal.isEmpty() || response.isCommitted()) {
        throw failure;
      }
      if (refusal.get().unavailable()) {
        OutageLog.noted(request.getRequestURI(), failure);
      } else {
        LOG.log(
            Level.INFO,
            "Refused with {0}: {1} {2}",
            new Object[] {refusal.get().status(), request.getRequestURI(), failure.toString()});
      }
      response.reset();
      request.setAttribute(BadInput.REASON, refusal.get().reasonKey());
      response.sendError(refusal.get().status());
    }
  }
}
