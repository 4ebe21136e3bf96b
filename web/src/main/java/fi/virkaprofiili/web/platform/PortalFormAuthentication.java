package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's own sign-in form, checked against Camunda's identity store: what Jakarta Security's
 * custom form mechanism does, as a bean of ours so that {@link PortalAuthentication} can choose it
 * or the OpenID Connect one.
 *
 * <p>A protected page asked for without signing in shows the login page in its place (a forward,
 * not a redirect): the request still names the page and its query, such as the task of a task
 * e-mail, and {@link LoginPage} goes on to it once the person is signed in.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true)
@Typed(PortalFormAuthentication.class)
public class PortalFormAuthentication implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential() != null) {
      return context.notifyContainerAboutLogin(
          identityStores.validate(context.getAuthParameters().getCredential()));
    }
    return context.doNothing();
  }
}
