package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.identity.CamundaIdentityStore;
import fi.virkaprofiili.platform.identity.OpenIdSettings;
import fi.virkaprofiili.platform.identity.SignedInPeople;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.openid.Claims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a sign-in is, and their roles. A user name and password: Camunda's identity store, whose
 * groups are the roles. A sign-in through the OpenID Connect provider: Jakarta Security's OpenID
 * store checks the tokens, the provider's groups are turned into roles by the settings, and the
 * person's record in the engine is created or brought up to date from the claims ({@link
 * SignedInPeople}) before the roles are given.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalIdentityStores implements IdentityStoreHandler {

  @Inject private CamundaIdentityStore camunda;
  @Inject @Any private Instance<IdentityStore> stores;
  @Inject private OpenIdSignIn openIdSignIn;
  @Inject private OpenIdContext openIdContext;
  @Inject private SignedInPeople people;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential password) {
      return camunda.validate(password);
    }
    if (!openIdSignIn.isEnabled()) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    CredentialValidationResult checked = openIdStore().validate(credential);
    if (checked.getStatus() != CredentialValidationResult.Status.VALID) {
      return checked;
    }
    OpenIdSettings settings = openIdSignIn.settings();
    String userId = checked.getCallerPrincipal().getName();
    Set<String> roles = settings.rolesOf(checked.getCallerGroups());
    people.signedIn(
        userId,
        claim(settings.firstNameClaim()).orElse(""),
        claim(settings.lastNameClaim()).orElse(userId),
        claim(settings.emailClaim()).orElse(null),
        roles);
    return new CredentialValidationResult(userId, roles);
  }

  /** A claim of the ID token, or else of the user info. */
  private Optional<String> claim(String name) {
    List<Claims> sources = List.of(openIdContext.getIdentityToken().getJwtClaims());
    for (Claims claims : sources) {
      Optional<String> value = claims.getStringClaim(name).filter(v -> !v.isBlank());
      if (value.isPresent()) {
        return value;
      }
    }
    try {
      return openIdContext.getClaims().getStringClaim(name).filter(v -> !v.isBlank());
    } catch (RuntimeException noUserInfo) {
      return Optional.empty();
    }
  }

  private IdentityStore openIdStore() {
    Set<IdentityStore> others = new LinkedHashSet<>();
    for (IdentityStore store : stores) {
      if (!(store instanceof CamundaIdentityStore)) {
        others.add(store);
      }
    }
    return others.stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no OpenID Connect identity store"));
  }
}
