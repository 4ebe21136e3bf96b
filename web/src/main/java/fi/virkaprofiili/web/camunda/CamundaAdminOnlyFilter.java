package fi.virkaprofiili.web.camunda;

import fi.virkaprofiili.platform.identity.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Only members of camunda-admin may reach any Camunda query surface.
 *
 * <p>init-param "mode": - "rest" : map on /engine-rest/* AFTER ProcessEngineAuthenticationFilter;
 * reads the engine's current authentication that the basic-auth filter set for this request. -
 * "webapp" : map on /camunda/api/* AFTER Camunda's AuthenticationFilter; reads the Authentications
 * of the HTTP session (Authentications.getCurrent()). The few calls the login page needs are let
 * through (see PUBLIC_WEBAPP_CALLS).
 */
public class CamundaAdminOnlyFilter extends HttpFilter {

  /**
   * same pattern and same raw-URI arithmetic as ProcessEngineAuthenticationFilter, so both pick the
   * same engine
   */
  private static final Pattern REST_ENGINE = Pattern.compile("^/engine/(.*?)(/|$)");

  /** method + path below /camunda/api that the login page / logout needs without being admin. */
  private static final List<String[]> PUBLIC_WEBAPP_CALLS =
      List.of(
          new String[] {"GET", "/engine/engine/?"}, // engine names (login page)
          new String[] {"GET", "/admin/auth/user/[^/]+"}, // "who am I"
          new String[] {"POST", "/admin/auth/user/[^/]+/login/[^/]+"}, // login
          new String[] {"POST", "/admin/auth/user/[^/]+/logout"}, // logout
          new String[] {"GET", "/(cockpit|admin|tasklist)/plugin/[^/]+/static/.*"} // plugin JS/CSS
          );

  private static final String API_PREFIX = "/camunda/api/";

  private boolean restMode;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    restMode = "rest".equals(config.getInitParameter("mode"));
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    // path below the servlet mapping (/engine-rest or /camunda/api/xyz): use URI minus context path
    String path = req.getRequestURI().substring(req.getContextPath().length());

    if (restMode) {
      String sub = path.substring(req.getServletPath().length()); // strip "/engine-rest"
      Matcher m = REST_ENGINE.matcher(sub);
      String engineName = m.find() ? m.group(1) : "default";
      ProcessEngine engine = BpmPlatform.getProcessEngineService().getProcessEngine(engineName);
      Authentication current =
          engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
      if (current == null) {
        // e.g. GET /engine-rest/engine (whitelisted by Camunda's filter, so nobody authenticated)
        res.setHeader("WWW-Authenticate", "Basic realm=\"" + engineName + "\"");
        res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      if (current.getGroupIds() == null || !current.getGroupIds().contains(Roles.ADMINISTRATORS)) {
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      chain.doFilter(req, res);
      return;
    }

    // webapp mode. Match the whitelist on the container-decoded, normalised path, and only when the
    // raw URI is identical to it (no ../, %2e, ;params, //) so a whitelisted prefix cannot be
    // abused.
    String normalised = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    if (normalised.equals(path) && normalised.startsWith(API_PREFIX)) {
      String apiPath =
          normalised.substring(API_PREFIX.length() - 1); // "/engine/engine/default/..."
      for (String[] call : PUBLIC_WEBAPP_CALLS) {
        if (call[0].equals(req.getMethod()) && apiPath.matches(call[1])) {
          chain.doFilter(req, res);
          return;
        }
      }
    }
    Authentications auths = Authentications.getCurrent();
    List<UserAuthentication> users = auths == null ? List.of() : auths.getAuthentications();
    if (users.isEmpty()) {
      res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    for (UserAuthentication u : users) {
      if (u.getGroupIds() == null || !u.getGroupIds().contains(Roles.ADMINISTRATORS)) {
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
