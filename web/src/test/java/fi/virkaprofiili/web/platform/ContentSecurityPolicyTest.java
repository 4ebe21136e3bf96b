package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void scriptsComeLastSoThatPrimeFacesCanAddItsNonce() {
    String policy = ContentSecurityPolicy.forView("/registry.xhtml", "");
    assertThat(policy).endsWith("script-src 'self' 'strict-dynamic'");
    assertThat(policy).doesNotContain("unsafe-inline'; script", "'unsafe-inline' 'strict");
    assertThat(policy).contains("frame-ancestors 'self';", "object-src 'none'", "base-uri 'none'");
    assertThat(policy).doesNotContain("unsafe-eval");
  }

  @Test
  void onlyTheEmbeddableListingMayBeFramedByTheOrganisationsSite() {
    String origins = "https://www.example.fi https://intra.example.fi:8443";
    assertThat(ContentSecurityPolicy.forView("/embed.xhtml", origins))
        .contains("frame-ancestors 'self' https://www.example.fi https://intra.example.fi:8443;");
    assertThat(ContentSecurityPolicy.forView("/registry.xhtml", origins))
        .contains("frame-ancestors 'self';");
  }

  @Test
  void formsPostToThePortalAndForSignOutToTheProvidersEndSessionOrigin() {
    assertThat(ContentSecurityPolicy.forView("/portal/tasks/index.xhtml", ""))
        .contains("form-action 'self';");
    assertThat(
            ContentSecurityPolicy.forView(
                "/portal/tasks/index.xhtml", "", "https://login.example.fi"))
        .contains("form-action 'self' https://login.example.fi;")
        .endsWith("script-src 'self' 'strict-dynamic'");
  }

  @Test
  void aSettingCannotWriteDirectivesOfItsOwn() {
    assertThat(
            ContentSecurityPolicy.origins(
                "https://ok.example.fi; script-src * 'unsafe-inline' https://a.example/path '*'"))
        .isEmpty();
    assertThat(ContentSecurityPolicy.origins(" https://ok.example.fi  'self' javascript:x "))
        .containsExactly("https://ok.example.fi");
  }

  @Test
  void readsTheNonceOfAPolicy() {
    assertThat(
            ContentSecurityPolicy.nonceOf("default-src 'self'; script-src 'self' 'nonce-Ab+/9=';"))
        .isEqualTo("Ab+/9=");
    assertThat(ContentSecurityPolicy.nonceOf("default-src 'self'")).isNull();
  }
}
