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

  /**
   * Mapped in web.xml, so that it runs ahead of the filters declared by annotation (the anonymous
   * pages' cache answers without going further), for REQUEST and FORWARD (the login page shown in
   * place of a protected page is a forward), and nowhere else.
   */
  @Test
  void everyRequestAndForwardGetsTheHeadersBeforeTheCacheAnswers() throws Exception {
    assertThat(
            SecurityHeadersFilter.class.getAnnotation(jakarta.servlet.annotation.WebFilter.class))
        .isNull();
    org.w3c.dom.Document webXml =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new java.io.File("src/main/webapp/WEB-INF/web.xml"));
    javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
    String name =
        xpath.evaluate(
            "//filter[filter-class='" + SecurityHeadersFilter.class.getName() + "']/filter-name",
            webXml);
    assertThat(name).isNotBlank();
    String mapping = "//filter-mapping[filter-name='" + name + "']";
    assertThat(xpath.evaluate(mapping + "/url-pattern", webXml)).isEqualTo("/*");
    assertThat(xpath.evaluate("count(" + mapping + "/dispatcher[.='REQUEST'])", webXml))
        .isEqualTo("1");
    assertThat(xpath.evaluate("count(" + mapping + "/dispatcher[.='FORWARD'])", webXml))
        .isEqualTo("1");
  }
}
