package fi.virkaprofiili.web.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.identity.EngineSignIn.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.Test;

/**
 * The REST API's Basic authentication hands Camunda's filter the groups and tenants its password
 * check found, so that the filter does not query them again; a refused password is refused as by
 * Camunda's own provider. (The check itself: EngineSignInTest in ejb.)
 */
class EngineBasicAuthenticationTest {

  private final List<String> asked = new ArrayList<>();

  private final EngineBasicAuthentication authentication =
      new EngineBasicAuthentication(
          (engine, userId, password) -> {
            asked.add(userId + ":" + password);
            return "admin".equals(userId) && "oikea:salasana".equals(password)
                ? Optional.of(new SignedIn("admin", List.of("camunda-admin"), List.of("north")))
                : Optional.empty();
          });

  @Test
  void theRightPasswordCarriesTheGroupsAndTenantsFoundWithIt() {
    AuthenticationResult result =
        authentication.extractAuthenticatedUser(basic("admin:oikea:salasana"), null);

    assertThat(asked)
        .as("the password runs to the end, colons and all")
        .containsExactly("admin:oikea:salasana");
    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo("admin");
    assertThat(result.getGroups()).containsExactly("camunda-admin");
    assertThat(result.getTenants()).containsExactly("north");
  }

  @Test
  void aWrongPasswordIsRefusedAndLeavesNothingForTheNextRequest() {
    AuthenticationResult wrong =
        authentication.extractAuthenticatedUser(basic("admin:vaara"), null);

    assertThat(wrong.isAuthenticated()).isFalse();
    assertThat(wrong.getAuthenticatedUser()).isEqualTo("admin");
    assertThat(wrong.getGroups()).isNull();

    AuthenticationResult none = authentication.extractAuthenticatedUser(request(null), null);
    assertThat(none.isAuthenticated()).isFalse();
    assertThat(none.getGroups()).isNull();
    assertThat(
            authentication.extractAuthenticatedUser(request("Bearer abc"), null).isAuthenticated())
        .isFalse();
    assertThat(asked).containsExactly("admin:vaara");
  }

  private static HttpServletRequest basic(String credentials) {
    return request(
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  /** A request that has only an Authorization header (or none). */
  private static HttpServletRequest request(String authorization) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            EngineBasicAuthenticationTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeader")
                  && "Authorization".equalsIgnoreCase((String) args[0])) {
                return authorization;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
