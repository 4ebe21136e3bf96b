package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void pagesGetTheirPolicyFromPrimeFacesAndEverythingElseRunsNothing() {
    assertThat(SecurityHeadersFilter.isPage("/")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("/registry.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("/registry")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("/portal/tasks/closure.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("/api/registry/profiles")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("/api/registry/profiles.csv")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("/engine-rest/task")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("/jakarta.faces.resource/core.js.xhtml")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("/favicon.ico")).isFalse();
  }

  @Test
  void onlyTheListingMayBeFramedAndOnlySignedInPagesAreNeverKept() {
    assertThat(SecurityHeadersFilter.isEmbeddable("/embed.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isEmbeddable("/registry.xhtml")).isFalse();
    assertThat(SecurityHeadersFilter.isPersonal("/portal/tasks/index.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isPersonal("/login.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isPersonal("/registry.xhtml")).isFalse();
  }

  @Test
  void theLoginPageShownInPlaceOfAProtectedPageGetsTheHeadersToo() {
    assertThat(
            SecurityHeadersFilter.class.getAnnotation(jakarta.servlet.annotation.WebFilter.class))
        .extracting(filter -> java.util.List.of(filter.dispatcherTypes()))
        .asList()
        .contains(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.FORWARD);
  }
}
