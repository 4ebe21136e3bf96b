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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;

/**
 * Signs a person in; a wrong password gets a plain message and nothing else. Too many failures from
 * the client, or for the account from an unknown client, hold the next try for a while, which the
 * person is told ({@link SignInGuard}); nothing is ever locked.
 */
@Named
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext securityContext;
  @Inject private Messages messages;
  @Inject private SignInGuard guard;

  @NotBlank(message = "{login.username.required}")
  @Size(max = 64)
  private String username;

  @NotBlank(message = "{login.password.required}")
  @Size(max = 256)
  private String password;

  public void signIn() throws IOException {
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
        external.redirect(external.getRequestContextPath() + "/portal/tasks/");
      }
    }
  }

  public String signOut() throws Exception {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }

  public boolean isDemo() {
    return Settings.isDemo();
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
