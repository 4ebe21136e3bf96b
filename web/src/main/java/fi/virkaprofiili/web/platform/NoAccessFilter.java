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
 */
@WebFilter("/portal/*")
public class NoAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient OpenIdSignIn openIdSignIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (openIdSignIn.isEnabled()
        && request.getUserPrincipal() != null
        && !OpenIdCallback.hasRole(request)) {
      response.sendRedirect(request.getContextPath() + NoAccessPage.PATH);
      return;
    }
    chain.doFilter(request, response);
  }
}
