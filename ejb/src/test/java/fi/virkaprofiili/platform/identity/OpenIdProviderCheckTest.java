package fi.virkaprofiili.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenIdProviderCheckTest {

  private HttpServer provider;
  private String base;
  private volatile String issuerAnswered;

  @BeforeEach
  void startProvider() throws IOException {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext(
        "/realm/.well-known/openid-configuration",
        exchange -> {
          byte[] body =
              ("{\"issuer\":\"" + issuerAnswered + "\",\"authorization_endpoint\":\"x\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    provider.start();
    base = "http://127.0.0.1:" + provider.getAddress().getPort();
  }

  @AfterEach
  void stopProvider() {
    provider.stop(0);
  }

  @Test
  void theProviderThatNamesTheConfiguredIssuerPasses() {
    issuerAnswered = base + "/realm";
    assertThatCode(() -> OpenIdProviderCheck.check(settings(base + "/realm/")))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherIssuerStopsStartUpNamingTheSetting() {
    issuerAnswered = "https://login.example.org/other";
    Throwable failure = catchThrowable(() -> OpenIdProviderCheck.check(settings(base + "/realm")));
    assertThat(failure)
        .isInstanceOf(OpenIdProviderCheck.OpenIdProviderException.class)
        .hasMessageContaining("virkaprofiili.oidc.issuer")
        .hasMessageContaining("VIRKAPROFIILI_OIDC_ISSUER")
        .hasMessageContaining("https://login.example.org/other");
  }

  @Test
  void aProviderThatCannotBeReachedStopsStartUpNamingTheSetting() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Throwable failure =
        catchThrowable(
            () -> OpenIdProviderCheck.check(settings("http://127.0.0.1:" + closed + "/realm")));
    assertThat(failure)
        .isInstanceOf(OpenIdProviderCheck.OpenIdProviderException.class)
        .hasMessageContaining("virkaprofiili.oidc.issuer")
        .hasMessageContaining("could not be read");
  }

  @Test
  void noProviderConfiguredChecksNothing() {
    assertThatCode(() -> OpenIdProviderCheck.check(settings(""))).doesNotThrowAnyException();
  }

  @Test
  void providerGroupsBecomeTheRolesTheyAreMappedTo() {
    OpenIdSettings settings = settings(base);
    assertThat(settings.rolesOf(List.of("vp-managers", "unrelated")))
        .containsExactly(Roles.MANAGERS);
    assertThat(settings.rolesOf(List.of("all-staff", "vp-managers")))
        .containsExactlyInAnyOrder(Roles.STAFF, Roles.MANAGERS);
    assertThat(settings.rolesOf(List.of("unrelated"))).isEmpty();
  }

  private static OpenIdSettings settings(String issuer) {
    String withoutSlash = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return new OpenIdSettings(
        withoutSlash,
        "virkaprofiili",
        "secret",
        "profile email",
        "preferred_username",
        "given_name",
        "family_name",
        "email",
        "groups",
        Map.of(
            Roles.STAFF,
            Set.of("all-staff"),
            Roles.MANAGERS,
            Set.of("vp-managers"),
            Roles.COMMUNICATIONS,
            Set.of(),
            Roles.IT,
            Set.of(),
            Roles.ADMINISTRATORS,
            Set.of()));
  }
}
