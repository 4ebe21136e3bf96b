package fi.virkaprofiili.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A person signed in through the organisation's provider whose groups mean no role sees the page
 * that says so in place of any portal page, not a portal with nothing in it.
 *
 * <p>That page answers with a status that says what it is: 403 for no access, 400 for a sign-in
 * whose answer from the provider was refused (a forged, stale or garbled callback).
 */
@WebFilter({"/portal/*", NoAccessPage.PATH})
public class NoAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient OpenIdSignIn openIdSignIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (NoAccessPage.PATH.equals(request.getServletPath())) {
      response.setStatus(
          "true".equals(request.getParameter("refused"))
              ? HttpServletResponse.SC_BAD_REQUEST
              : HttpServletResponse.SC_FORBIDDEN);
      chain.doFilter(request, response);
      return;
    }
    if (openIdSignIn.isEnabled()
        && request.getUserPrincipal() != null
        && !OpenIdCallback.hasRole(request)) {
      response.sendRedirect(request.getContextPath() + NoAccessPage.PATH);
      return;
    }
    chain.doFilter(request, response);
  }
}
