package fi.virkaprofiili.platform.identity;

import fi.virkaprofiili.platform.config.Settings;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The sign-in through the organisation's OpenID Connect provider as the settings say it: on when
 * the issuer, client id and client secret are all set, off (the portal's own form) otherwise. Which
 * claims carry the person's id, names, e-mail and groups, and which provider groups mean which of
 * the {@link Roles}.
 *
 * @param groupsOfRole for each role, the provider groups that mean it
 */
public record OpenIdSettings(
    String issuer,
    String clientId,
    String clientSecret,
    String scopes,
    String userIdClaim,
    String firstNameClaim,
    String lastNameClaim,
    String emailClaim,
    String groupsClaim,
    Map<String, Set<String>> groupsOfRole) {

  /** The settings as they are now. */
  public static OpenIdSettings current() {
    Map<String, Set<String>> groupsOfRole = new LinkedHashMap<>();
    for (String role : Roles.ALL) {
      groupsOfRole.put(role, names(Settings.value(Settings.OIDC_GROUPS_PREFIX + role, "")));
    }
    return new OpenIdSettings(
        withoutSlash(Settings.value(Settings.OIDC_ISSUER, "")),
        Settings.value(Settings.OIDC_CLIENT_ID, ""),
        Settings.value(Settings.OIDC_CLIENT_SECRET, ""),
        Settings.value(Settings.OIDC_SCOPES, "profile email"),
        Settings.value(Settings.OIDC_CLAIM_USER_ID, "preferred_username"),
        Settings.value(Settings.OIDC_CLAIM_FIRST_NAME, "given_name"),
        Settings.value(Settings.OIDC_CLAIM_LAST_NAME, "family_name"),
        Settings.value(Settings.OIDC_CLAIM_EMAIL, "email"),
        Settings.value(Settings.OIDC_CLAIM_GROUPS, "groups"),
        Map.copyOf(groupsOfRole));
  }

  /** Whether people sign in through the provider: its issuer, client id and secret are set. */
  public boolean enabled() {
    return !issuer.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty();
  }

  /** The roles the provider's groups mean; none when no group is mapped to a role. */
  public Set<String> rolesOf(Collection<String> providerGroups) {
    Set<String> roles = new TreeSet<>();
    groupsOfRole.forEach(
        (role, groups) -> {
          if (providerGroups.stream().anyMatch(groups::contains)) {
            roles.add(role);
          }
        });
    return roles;
  }

  /** The provider's discovery document. */
  public String discoveryUrl() {
    return issuer + "/.well-known/openid-configuration";
  }

  private static Set<String> names(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String withoutSlash(String url) {
    String stripped = url.strip();
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }

  @Override
  public String toString() {
    // never the secret, should a record ever be logged
    return "OpenIdSettings[issuer=" + issuer + ", clientId=" + clientId + "]";
  }
}
