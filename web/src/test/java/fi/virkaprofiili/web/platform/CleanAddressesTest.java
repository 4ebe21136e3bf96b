package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, defect 21: the public pages' addresses as people are told them. */
class CleanAddressesTest {

  @Test
  void eachPublicPageHasAPathWithoutItsFileName() {
    assertThat(CleanAddresses.ofView("/registry.xhtml")).contains("/registry");
    assertThat(CleanAddresses.ofView("/verify.xhtml")).contains("/verify");
    assertThat(CleanAddresses.ofView("/report.xhtml")).contains("/report");
    assertThat(CleanAddresses.ofView("/accessibility.xhtml")).contains("/accessibility");
    assertThat(CleanAddresses.viewOf("/registry")).contains("/registry.xhtml");
  }

  @Test
  void theEmbeddedListingAndThePortalKeepTheirAddresses() {
    assertThat(CleanAddresses.ofView("/embed.xhtml")).isEmpty();
    assertThat(CleanAddresses.ofView("/portal/tasks/index.xhtml")).isEmpty();
    assertThat(CleanAddresses.viewOf("/portal/report")).isEmpty();
  }

  @Test
  void aWrittenUrlGetsTheCleanPathWithItsQueryAndFragmentKept() {
    assertThat(CleanAddresses.cleaned("/app/registry.xhtml", "/app")).isEqualTo("/app/registry");
    assertThat(CleanAddresses.cleaned("/app/registry.xhtml?page=2&q=kirjasto", "/app"))
        .isEqualTo("/app/registry?page=2&q=kirjasto");
    assertThat(CleanAddresses.cleaned("/verify.xhtml#answer", "")).isEqualTo("/verify#answer");
    assertThat(CleanAddresses.cleaned("/app/portal/reports/new.xhtml", "/app"))
        .isEqualTo("/app/portal/reports/new.xhtml");
    assertThat(CleanAddresses.cleaned("/app/registry.xhtmlx", "/app"))
        .isEqualTo("/app/registry.xhtmlx");
  }
}
