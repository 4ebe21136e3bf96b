package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a request served as HTTPS behind a proxy redirects to, and its cookies. */
class ForwardedHttpsTest {

  private static final URI ORIGIN = URI.create("https://portal.example.org");

  @Test
  void theClientReachedThePortalsHostOverHttps() {
    assertThat(ForwardedHttps.origin("https://portal.example.org/"))
        .hasToString("https://portal.example.org");
    assertThat(ForwardedHttps.origin("https://Portal.Example.org:8443/virkaprofiili/"))
        .as("an https address's own port is kept")
        .hasToString("https://portal.example.org:8443");
    assertThat(ForwardedHttps.origin("https://portal.example.org:443/"))
        .hasToString("https://portal.example.org");
    assertThat(ForwardedHttps.origin("http://localhost:8080/"))
        .as("an http address's port is the node's, not the proxy's")
        .hasToString("https://localhost");
    assertThatThrownBy(() -> ForwardedHttps.origin("portal.example.org"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void redirectsWithinTheApplicationGoToHttpsOnThePortalsHost() {
    assertThat(ForwardedHttps.location(ORIGIN, "/login.xhtml", "/portal/tasks/"))
        .isEqualTo("https://portal.example.org/portal/tasks/");
    assertThat(ForwardedHttps.location(ORIGIN, "/registry.xhtml", "/registry?q=kirjasto"))
        .isEqualTo("https://portal.example.org/registry?q=kirjasto");
    assertThat(ForwardedHttps.location(ORIGIN, "/portal/tasks/decide.xhtml", "index.xhtml?x=1"))
        .as("relative to the request's own address")
        .isEqualTo("https://portal.example.org/portal/tasks/index.xhtml?x=1");
    assertThat(ForwardedHttps.location(ORIGIN, "/portal/tasks/", ""))
        .isEqualTo("https://portal.example.org/portal/tasks/");
  }

  @Test
  void anAddressThatNamesItsOwnSiteIsLeftAsWritten() {
    assertThat(ForwardedHttps.location(ORIGIN, "/x", "https://elsewhere.example/a"))
        .isEqualTo("https://elsewhere.example/a");
    assertThat(ForwardedHttps.location(ORIGIN, "/x", "//elsewhere.example/a"))
        .isEqualTo("//elsewhere.example/a");
    assertThat(ForwardedHttps.location(ORIGIN, "/x", "mailto:viestinta@example.org"))
        .isEqualTo("mailto:viestinta@example.org");
    assertThat(ForwardedHttps.location(ORIGIN, "/portal/", "a:b/c"))
        .as("a scheme is a letter and then letters, digits, + - .")
        .isEqualTo("a:b/c");
    assertThat(ForwardedHttps.location(ORIGIN, "/portal/", "1a:b"))
        .isEqualTo("https://portal.example.org/portal/1a:b");
  }

  @Test
  void cookiesGetTheSecureAttributeOnce() {
    assertThat(ForwardedHttps.secure("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax"))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
    assertThat(ForwardedHttps.secure("JSESSIONID=abc; Path=/; secure; HttpOnly"))
        .isEqualTo("JSESSIONID=abc; Path=/; secure; HttpOnly");
    assertThat(ForwardedHttps.isSecure("note=Secure; Path=/"))
        .as("a value that reads Secure is no attribute")
        .isFalse();
  }
}
