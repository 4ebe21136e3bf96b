package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.SignedInPeople;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one sign-in mechanism of the portal (Jakarta Security takes one): the organisation's OpenID
 * Connect provider when the settings name one ({@link OpenIdSignIn}), the portal's own form
 * otherwise ({@link PortalFormAuthentication}). The OpenID Connect mechanism is the one Jakarta
 * Security makes of {@link SecurityConfiguration}'s definition; this bean, an alternative, stands
 * in front of it.
 *
 * <p>With the provider, the page a person was going to is kept in the session and {@link
 * OpenIdCallback} goes on to it; the sign-in page sends them to the provider; an answer of the
 * provider that is not accepted (a token of another issuer or audience, a bad signature, an expired
 * one) leaves them signed out on a page that says so, never an error. The provider's groups become
 * roles, and the person's record in the engine is brought up to date, on the way to the container
 * ({@link OpenIdSignInContext}).
 *
 * <p>With the provider, the form takes one person only: the break-glass administrator of the
 * settings, at {@link OpenIdSignIn#BREAK_GLASS_PAGE}, for when the provider is down. Anyone else's
 * password is refused there without being checked, and every attempt is logged; the sign-in page
 * throttles them as it does any failed sign-in ({@link SignInGuard}). The administrator's session
 * then stays with the form mechanism until it ends.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  /** The session's attribute with the portal page to go to once signed in through the provider. */
  public static final String TARGET = PortalAuthentication.class.getName() + ".target";

  /** The session's attribute that says the break-glass administrator signed in with the form. */
  static final String BREAK_GLASS = PortalAuthentication.class.getName() + ".breakGlass";

  private static final Logger LOG = Logger.getLogger(PortalAuthentication.class.getName());

  @Inject private PortalFormAuthentication form;
  @Inject private OpenIdSignIn openIdSignIn;
  @Inject private BeanManager beans;
  @Inject private SignedInPeople people;
  @Inject private OpenIdContext tokens;

  private volatile HttpAuthenticationMechanism openId;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!openIdSignIn.isEnabled()) {
      return form.validateRequest(request, response, context);
    }
    if (context.getAuthParameters().getCredential() != null) {
      return breakGlass(request, response, context);
    }
    if (isBreakGlassSession(request)) {
      return form.validateRequest(request, response, context);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(OpenIdSignIn.BREAK_GLASS_PAGE) && request.getUserPrincipal() == null) {
      return context.doNothing();
    }
    if (request.getUserPrincipal() == null && !context.isAuthenticationRequest()) {
      if (path.equals("/login") || path.equals("/login.xhtml")) {
        // the sign-in link: straight to the provider, through the page the person asked for
        String next = SignInTarget.of(request.getParameter("next")).orElse(SignInTarget.TASK_LIST);
        return context.redirect(request.getContextPath() + next);
      }
      if (context.isProtected() && request.getParameter("state") == null) {
        SignInTarget.ofRequest(
                request.getContextPath(), request.getRequestURI(), request.getQueryString())
            .ifPresent(target -> request.getSession().setAttribute(TARGET, target));
      }
    }
    try {
      return openId()
          .validateRequest(
              request,
              response,
              new OpenIdSignInContext(context, openIdSignIn.settings(), people, tokens));
    } catch (RuntimeException refused) {
      LOG.log(
          Level.WARNING,
          "OpenID Connect sign-in refused: {0}",
          refused.getCause() != null ? refused.getCause().toString() : refused.toString());
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      return context.redirect(request.getContextPath() + NoAccessPage.REFUSED);
    }
  }

  /**
   * A password typed into the form while people sign in through the provider: checked only for the
   * break-glass administrator; logged either way.
   */
  private AuthenticationStatus breakGlass(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    String user =
        credential instanceof UsernamePasswordCredential password ? password.getCaller() : "";
    String allowed = openIdSignIn.breakGlassUser();
    if (allowed.isEmpty() || !allowed.equals(user)) {
      LOG.log(
          Level.WARNING,
          "Form sign-in of \"{0}\" refused: people sign in through the OpenID Connect provider,"
              + " the form is for the break-glass administrator only",
          user);
      return AuthenticationStatus.SEND_FAILURE;
    }
    AuthenticationStatus status = form.validateRequest(request, response, context);
    if (status == AuthenticationStatus.SUCCESS) {
      request.getSession().setAttribute(BREAK_GLASS, user);
      LOG.log(Level.WARNING, "Break-glass sign-in of \"{0}\" with the form", user);
    } else {
      LOG.log(Level.WARNING, "Break-glass sign-in of \"{0}\" failed", user);
    }
    return status;
  }

  /** Whether the session is the break-glass administrator's, signed in with the form. */
  static boolean isBreakGlassSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(BREAK_GLASS) != null;
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isBreakGlassSession(request)) {
      return form.secureResponse(request, response, context);
    }
    return openIdSignIn.isEnabled()
        ? openId().secureResponse(request, response, context)
        : form.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (openIdSignIn.isEnabled() && !isBreakGlassSession(request)) {
      openId().cleanSubject(request, response, context);
    } else {
      form.cleanSubject(request, response, context);
    }
  }

  /** Jakarta Security's OpenID Connect mechanism: the other bean of the type. */
  private HttpAuthenticationMechanism openId() {
    HttpAuthenticationMechanism found = openId;
    if (found == null) {
      Bean<?> bean =
          beans.getBeans(HttpAuthenticationMechanism.class).stream()
              .filter(candidate -> !candidate.getTypes().contains(PortalAuthentication.class))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("no OpenID Connect mechanism is defined"));
      found =
          (HttpAuthenticationMechanism)
              beans.getReference(
                  bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
      openId = found;
    }
    return found;
  }
}
