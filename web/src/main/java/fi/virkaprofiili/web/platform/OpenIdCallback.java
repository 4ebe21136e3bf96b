package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.Roles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where the OpenID Connect provider sends a person back to. The mechanism has signed them in by
 * then; this goes on to the page they were going to, or their tasks, or, when none of their
 * provider's groups means a role of the portal, to the page that says they have no access.
 */
@WebServlet(OpenIdSignIn.CALLBACK)
public class OpenIdCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String context = request.getContextPath();
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(context + NoAccessPage.REFUSED);
      return;
    }
    if (!hasRole(request)) {
      response.sendRedirect(context + NoAccessPage.PATH);
      return;
    }
    HttpSession session = request.getSession(false);
    Object target = session == null ? null : session.getAttribute(PortalAuthentication.TARGET);
    if (session != null) {
      session.removeAttribute(PortalAuthentication.TARGET);
    }
    response.sendRedirect(
        context
            + SignInTarget.of(target == null ? null : target.toString())
                .orElse(SignInTarget.TASK_LIST));
  }

  static boolean hasRole(HttpServletRequest request) {
    return Roles.ALL.stream().anyMatch(request::isUserInRole);
  }
}
