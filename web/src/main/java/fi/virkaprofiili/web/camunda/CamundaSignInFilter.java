package fi.virkaprofiili.web.camunda;

import fi.virkaprofiili.web.platform.OpenIdSignIn;
import fi.virkaprofiili.web.platform.PortalAuthentication;
import fi.virkaprofiili.web.platform.SignInTarget;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * How a person is signed in to Camunda's Cockpit, Admin and Tasklist, chosen at start-up by the
 * settings (web.xml cannot): Camunda's own login against the identity store, as embedded, or, when
 * people sign in through the organisation's OpenID Connect provider ({@link OpenIdSignIn}), the
 * portal's sign-in itself: Camunda's {@link ContainerBasedAuthenticationFilter} takes the person
 * the container knows, and their groups from the engine (which the provider's groups keep up to
 * date), so that one sign-in serves both. {@link CamundaAdminOnlyFilter} still lets only
 * camunda-admin in.
 *
 * <p>With the provider, a person not signed in who opens one of the webapps goes to the provider
 * and comes back to it; Camunda's own login form is refused (403, logged): the break-glass
 * administrator signs in at the portal's break-glass page and opens the webapps from there.
 */
public class CamundaSignInFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(CamundaSignInFilter.class.getName());

  /** A webapp's page, below /camunda: what a person opens in the browser. */
  private static final Pattern WEBAPP_PAGE =
      Pattern.compile("/camunda/app/(cockpit|admin|tasklist|welcome)/[^/]+/.*");

  /** Camunda's login form's call, below /camunda. */
  private static final Pattern CAMUNDA_LOGIN =
      Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/.*");

  @Inject private transient OpenIdSignIn openIdSignIn;

  private final AuthenticationFilter session = new AuthenticationFilter();
  private transient Filter container;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    session.init(config);
    if (openIdSignIn.isEnabled()) {
      container = new ContainerBasedAuthenticationFilter();
      container.init(new ProviderConfig(config));
      LOG.info("Camunda's webapps: signed in through the portal's OpenID Connect sign-in");
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (container == null) {
      session.doFilter(request, response, chain);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (CAMUNDA_LOGIN.matcher(path).matches()) {
      LOG.log(
          Level.WARNING,
          "Camunda login form refused: people sign in through the OpenID Connect provider");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (request.getUserPrincipal() == null) {
      if ("GET".equals(request.getMethod()) && WEBAPP_PAGE.matcher(path).matches()) {
        SignInTarget.ofRequest(
                request.getContextPath(), request.getRequestURI(), request.getQueryString())
            .ifPresent(
                target -> request.getSession().setAttribute(PortalAuthentication.TARGET, target));
        if (!request.authenticate(response)) {
          return; // on the way to the provider
        }
      } else {
        session.doFilter(request, response, chain);
        return;
      }
    }
    container.doFilter(request, response, (in, out) -> session.doFilter(in, out, chain));
  }

  @Override
  public void destroy() {
    session.destroy();
    if (container != null) {
      container.destroy();
    }
  }

  /** The container filter's configuration: Camunda's provider of the container's person. */
  private static final class ProviderConfig implements FilterConfig {
    private static final String PROVIDER = "authentication-provider";
    private final FilterConfig config;

    ProviderConfig(FilterConfig config) {
      this.config = config;
    }

    @Override
    public String getFilterName() {
      return config.getFilterName();
    }

    @Override
    public ServletContext getServletContext() {
      return config.getServletContext();
    }

    @Override
    public String getInitParameter(String name) {
      return PROVIDER.equals(name)
          ? ContainerBasedAuthenticationProvider.class.getName()
          : config.getInitParameter(name);
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
      return Collections.enumeration(java.util.List.of(PROVIDER, "cacheTimeToLive"));
    }
  }
}
