package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.identity.OpenIdSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The values of the OpenID Connect sign-in for the mechanism's definition ({@link
 * SecurityConfiguration}), read from the settings: the definition's expressions name this bean.
 */
@Named("oidcSignIn")
@ApplicationScoped
public class OpenIdSignIn {

  /** Where the provider sends the person back to, under the portal's address. */
  public static final String CALLBACK = "/oidc/callback";

  private final OpenIdSettings settings = OpenIdSettings.current();

  public boolean isEnabled() {
    return settings.enabled();
  }

  public OpenIdSettings settings() {
    return settings;
  }

  public String getIssuer() {
    return settings.issuer();
  }

  public String getClientId() {
    return settings.clientId();
  }

  public String getClientSecret() {
    return settings.clientSecret();
  }

  public String getScopes() {
    return settings.scopes();
  }

  public String getUserIdClaim() {
    return settings.userIdClaim();
  }

  public String getGroupsClaim() {
    return settings.groupsClaim();
  }

  public String getRedirectUri() {
    return Settings.portalUrl() + CALLBACK.substring(1);
  }

  public String getSignedOutUri() {
    return Settings.portalUrl();
  }
}
