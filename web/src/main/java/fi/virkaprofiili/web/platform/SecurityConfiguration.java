package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Portal sign-in: the portal's own form against Camunda's identity store ({@link
 * PortalFormAuthentication}), or, when the settings name an OpenID Connect provider, the provider's
 * sign-in (Jakarta Security's OpenID Connect mechanism, defined here with its values read from the
 * settings by {@link OpenIdSignIn} when it is first used). {@link PortalAuthentication} chooses one
 * of the two. Camunda's own webapps under {@code /camunda} keep their own login against the same
 * store.
 */
@ApplicationScoped
@FacesConfig
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSignIn.issuer}",
    clientId = "${oidcSignIn.clientId}",
    clientSecret = "${oidcSignIn.clientSecret}",
    redirectURI = "${oidcSignIn.redirectUri}",
    scopeExpression = "${oidcSignIn.scopes}",
    redirectToOriginalResource = false,
    tokenAutoRefresh = false,
    claimsDefinition =
        @ClaimsDefinition(
            callerNameClaim = "${oidcSignIn.userIdClaim}",
            callerGroupsClaim = "${oidcSignIn.groupsClaim}"),
    logout = @LogoutDefinition(redirectURI = "${oidcSignIn.signedOutUri}"))
@DeclareRoles({Roles.STAFF, Roles.MANAGERS, Roles.COMMUNICATIONS, Roles.IT, Roles.ADMINISTRATORS})
public class SecurityConfiguration {}
