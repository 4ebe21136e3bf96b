package fi.virkaprofiili.web.camunda;

import fi.virkaprofiili.platform.identity.EngineSignIn;
import fi.virkaprofiili.platform.identity.EngineSignIn.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication of the engine's REST API, which reads the header exactly as
 * Camunda's does, but checks the password and finds the user's groups and tenants in one read-only
 * engine command ({@link EngineSignIn}) and hands them to Camunda's {@code
 * ProcessEngineAuthenticationFilter}, which otherwise asks for them in two more commands of its
 * own. The same users are let in with the same groups and tenants.
 */
public class EngineBasicAuthentication extends HttpBasicAuthenticationProvider {

  /** What the password check of this request found, for the result built around it. */
  private static final ThreadLocal<SignedIn> SIGNED_IN = new ThreadLocal<>();

  /** How a user name and password are checked against an engine. */
  interface PasswordCheck {
    Optional<SignedIn> check(ProcessEngine engine, String userId, String password);
  }

  private final PasswordCheck passwords;

  /** As Camunda's filter makes it, by its class name. */
  public EngineBasicAuthentication() {
    this(EngineSignIn::check);
  }

  EngineBasicAuthentication(PasswordCheck passwords) {
    this.passwords = passwords;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    try {
      AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
      SignedIn signedIn = SIGNED_IN.get();
      if (result.isAuthenticated()
          && signedIn != null
          && signedIn.userId().equals(result.getAuthenticatedUser())) {
        // Mutable lists, as Camunda's own queries give them.
        result.setGroups(new ArrayList<>(signedIn.groupIds()));
        result.setTenants(new ArrayList<>(signedIn.tenantIds()));
      }
      return result;
    } finally {
      SIGNED_IN.remove();
    }
  }

  @Override
  protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
    SignedIn signedIn = passwords.check(engine, userName, password).orElse(null);
    SIGNED_IN.set(signedIn);
    return signedIn != null;
  }
}
