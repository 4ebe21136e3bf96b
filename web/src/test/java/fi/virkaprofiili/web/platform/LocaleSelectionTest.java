package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

  @Test
  void theLanguageLinkKeepsWhatThePageWasAskedForAndReplacesAnEarlierChoice() {
    assertThat(LocaleSelection.withLanguage(null, "sv")).isEqualTo("lang=sv");
    assertThat(LocaleSelection.withLanguage("q=kirjasto&channel=FACEBOOK&page=2", "en"))
        .isEqualTo("q=kirjasto&channel=FACEBOOK&page=2&lang=en");
    assertThat(LocaleSelection.withLanguage("lang=fi&q=a%26b&lang=sv&language=FINNISH", "en"))
        .isEqualTo("q=a%26b&language=FINNISH&lang=en");
    assertThat(LocaleSelection.withLanguage("&&lang&id=5", "fi")).isEqualTo("id=5&lang=fi");
  }

  @Test
  void theLanguageLinkStaysOnThisSiteWhateverAddressThePageWasAskedBy() {
    // GET //evil.example/%2e%2e/registry.xhtml: the container maps it to /registry.xhtml.
    HttpServletRequest request =
        request(
            Map.of(
                "getRequestURI", "//evil.example/%2e%2e/registry.xhtml",
                "getContextPath", "",
                "getServletPath", "/registry.xhtml",
                "getQueryString", "q=kirjasto&lang=fi"));

    String link = LocaleSelection.linkTo(request, "sv");

    assertThat(link).isEqualTo("/registry.xhtml?q=kirjasto&lang=sv").doesNotStartWith("//");
  }

  @Test
  void theLanguageLinkNeverNamesAHostEvenWhenThePathBeginsWithTwoSlashes() {
    HttpServletRequest request =
        request(
            Map.of(
                "getRequestURI", "//evil.example/x",
                "getContextPath", "",
                "getServletPath", "//evil.example/x"));

    assertThat(LocaleSelection.linkTo(request, "en"))
        .isEqualTo("/evil.example/x?lang=en")
        .doesNotContain("//");
  }

  @Test
  void anErrorPageLinksToTheAddressTheUserAskedForUnderTheApplication() {
    HttpServletRequest request =
        request(
            Map.of(
                "getRequestURI",
                "/virkaprofiili/error.xhtml",
                "getContextPath",
                "/virkaprofiili",
                "getServletPath",
                "/error.xhtml",
                RequestDispatcher.FORWARD_REQUEST_URI,
                "//evil.example/portal/x.xhtml",
                RequestDispatcher.FORWARD_CONTEXT_PATH,
                "/virkaprofiili",
                RequestDispatcher.FORWARD_SERVLET_PATH,
                "/portal/x.xhtml",
                RequestDispatcher.FORWARD_QUERY_STRING,
                "id=5"));

    assertThat(LocaleSelection.linkTo(request, "fi"))
        .isEqualTo("/virkaprofiili/portal/x.xhtml?id=5&lang=fi");
  }

  /** A request that answers the named getters and attributes, and null to everything else. */
  private static HttpServletRequest request(Map<String, String> answers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            LocaleSelectionTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getAttribute")
                    ? answers.get((String) args[0])
                    : answers.get(method.getName()));
  }
}
