package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.OpenIdSettings;
import fi.virkaprofiili.platform.identity.SignedInPeople;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Optional;
import java.util.Set;

/**
 * What Jakarta Security's OpenID Connect mechanism tells the container about a person it signed in,
 * with the provider's groups turned into the portal's roles by the settings; and, before that, the
 * person's record in the engine brought up to date from the ID token's claims ({@link
 * SignedInPeople}), so that the roles they get and the groups the engine knows are the same.
 */
final class OpenIdSignInContext extends HttpMessageContextWrapper {

  private final OpenIdSettings settings;
  private final SignedInPeople people;
  private final OpenIdContext tokens;

  OpenIdSignInContext(
      HttpMessageContext context,
      OpenIdSettings settings,
      SignedInPeople people,
      OpenIdContext tokens) {
    super(context);
    this.settings = settings;
    this.people = people;
    this.tokens = tokens;
  }

  /**
   * A request that asks to be signed in ({@code HttpServletRequest.authenticate}, as Camunda's
   * webapps do for a person not yet signed in) goes to the provider as a protected page does.
   */
  @Override
  public boolean isProtected() {
    return super.isProtected() || super.isAuthenticationRequest();
  }

  @Override
  public void setRegisterSession(String callerName, Set<String> groups) {
    super.setRegisterSession(callerName, settings.rolesOf(groups));
  }

  @Override
  public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return super.notifyContainerAboutLogin(result);
    }
    String userId = result.getCallerPrincipal().getName();
    Set<String> roles = settings.rolesOf(result.getCallerGroups());
    people.signedIn(
        userId,
        claim(settings.firstNameClaim()).orElse(""),
        claim(settings.lastNameClaim()).orElse(userId),
        claim(settings.emailClaim()).orElse(null),
        roles);
    return super.notifyContainerAboutLogin(
        new CredentialValidationResult(result.getCallerPrincipal(), roles));
  }

  /** A claim of the ID token, or else of the provider's user info. */
  private Optional<String> claim(String name) {
    Optional<String> inToken =
        tokens.getIdentityToken().getJwtClaims().getStringClaim(name).filter(v -> !v.isBlank());
    if (inToken.isPresent()) {
      return inToken;
    }
    try {
      return tokens.getClaims().getStringClaim(name).filter(v -> !v.isBlank());
    } catch (RuntimeException noUserInfo) {
      return Optional.empty();
    }
  }
}
