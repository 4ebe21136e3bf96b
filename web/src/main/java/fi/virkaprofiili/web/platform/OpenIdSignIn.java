package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.identity.OpenIdSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The values of the OpenID Connect sign-in for the mechanism's definition ({@link
 * SecurityConfiguration}), read from the settings: the definition's expressions name this bean.
 */
@Named("oidcSignIn")
@ApplicationScoped
public class OpenIdSignIn {

  /** Where the provider sends the person back to, under the portal's address. */
  public static final String CALLBACK = "/oidc/callback";

  /** The page where the break-glass administrator signs in with the form. */
  public static final String BREAK_GLASS_PAGE = "/break-glass.xhtml";

  private final OpenIdSettings settings = OpenIdSettings.current();
  private final String breakGlassUser = Settings.value(Settings.ADMIN_BREAK_GLASS_USER, "").strip();

  public boolean isEnabled() {
    return settings.enabled();
  }

  /**
   * The one administrator who may sign in with the form while people sign in through the provider
   * ({@link #BREAK_GLASS_PAGE}); empty when there is none.
   */
  public String breakGlassUser() {
    return breakGlassUser;
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

  /**
   * Where the browser ends the provider's session and comes back to the portal: the provider's
   * end-session endpoint with the person's ID token as hint; empty when the provider has none.
   */
  public Optional<String> endSessionUrl(OpenIdContext tokens) {
    try {
      String endpoint = tokens.getProviderMetadata().getString("end_session_endpoint", "");
      if (endpoint.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          endpoint
              + (endpoint.contains("?") ? "&" : "?")
              + "id_token_hint="
              + encode(tokens.getIdentityToken().getToken())
              + "&client_id="
              + encode(settings.clientId())
              + "&post_logout_redirect_uri="
              + encode(getSignedOutUri()));
    } catch (RuntimeException noProviderSession) {
      return Optional.empty();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
