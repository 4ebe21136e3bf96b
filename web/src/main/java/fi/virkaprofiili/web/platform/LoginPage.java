package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Signs a person in; a wrong password gets a plain message and nothing else. A person sent here on
 * their way to a portal page, such as a task link from an e-mail, goes on to it once signed in
 * ({@link SignInTarget}); anyone else goes to their tasks. Too many failures from the client, or
 * for the account from an unknown client, hold the next try for a while, which the person is told
 * ({@link SignInGuard}); nothing is ever locked.
 */
@Named
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext securityContext;
  @Inject private Messages messages;
  @Inject private SignInGuard guard;
  @Inject private OpenIdSignIn openIdSignIn;
  @Inject private OpenIdContext tokens;

  @NotBlank(message = "{login.username.required}")
  @Size(max = 64)
  private String username;

  @NotBlank(message = "{login.password.required}")
  @Size(max = 256)
  private String password;

  /** The page to go to once signed in, as the form carries it from the first request. */
  private String next;

  public void signIn() throws IOException {
    if (username.chars().anyMatch(Character::isISOControl)) {
      // no user's id has control characters, and PostgreSQL refuses a NUL in the identity query
      messages.error("login.failed");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String userId = username.strip();
    Duration hold = guard.hold(request, userId);
    if (!hold.isZero()) {
      messages.error("login.tooMany", Long.toString(SignInGuard.seconds(hold)));
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(userId, password))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SEND_FAILURE, NOT_DONE -> {
        guard.failed(request, userId);
        messages.error("login.failed");
      }
      case SUCCESS -> {
        guard.succeeded(request, response, userId);
        faces.responseComplete();
        external.redirect(
            external.getRequestContextPath()
                + SignInTarget.of(next).orElse(SignInTarget.TASK_LIST));
      }
    }
  }

  public String signOut() throws Exception {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (openIdSignIn.isEnabled() && !PortalAuthentication.isBreakGlassSession(request)) {
      // The session holds the sign-in; the provider's session ends at its end-session endpoint,
      // which sends the browser back to the portal (RP-initiated logout), where it offers one.
      Optional<String> endSession = openIdSignIn.endSessionUrl(tokens);
      external.invalidateSession();
      if (endSession.isPresent()) {
        faces.responseComplete();
        external.redirect(endSession.get());
        return null;
      }
      return "/index.xhtml?faces-redirect=true";
    }
    request.logout();
    external.invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }

  public boolean isDemo() {
    return Settings.isDemo();
  }

  /**
   * Where to go once signed in. The portal shows this page in place of the protected page asked for
   * (a forward), whose address and query the request still names; a link may also say {@code
   * ?next=}. Empty unless it is a portal page.
   */
  public String getNext() {
    if (next == null) {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
      next =
          (forwardedFrom != null
                  ? SignInTarget.ofRequest(
                      request.getContextPath(),
                      forwardedFrom.toString(),
                      (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING))
                  : SignInTarget.of(request.getParameter("next")))
              .orElse("");
    }
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
