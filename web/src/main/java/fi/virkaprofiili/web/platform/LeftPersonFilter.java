package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.leaver.boundary.Leavers;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A person marked as left who still has a session of the portal (signed in before they were marked)
 * loses it at their next request, and is sent to the sign-in page, where they are refused. Asked at
 * every portal request: one look-up by key, against a session that would otherwise act for someone
 * who left until it timed out.
 */
@WebFilter("/portal/*")
public class LeftPersonFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LeftPersonFilter.class.getName());

  @Inject private transient Leavers leavers;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null
        && leavers.hasLeft(request.getUserPrincipal().getName())) {
      LOG.warning(
          "Ended the session of "
              + request.getUserPrincipal().getName()
              + ", who was marked as left");
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      request.logout();
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    chain.doFilter(request, response);
  }
}
