package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** After signing in a person goes on to the portal page they were going to, and nowhere else. */
class SignInTargetTest {

  @Test
  void aTaskLinkFromAnEMailIsFollowedWithItsQuery() {
    assertThat(SignInTarget.of("/portal/tasks/closure.xhtml?task=6f1c-22&x=%C3%A4"))
        .contains("/portal/tasks/closure.xhtml?task=6f1c-22&x=%C3%A4");
    assertThat(SignInTarget.of("/portal/proposals/new.xhtml"))
        .contains("/portal/proposals/new.xhtml");
  }

  @Test
  void camundasWebappsAreTakenButNotTheRestOfCamunda() {
    assertThat(SignInTarget.of("/camunda/app/cockpit/default/"))
        .contains("/camunda/app/cockpit/default/");
    assertThat(SignInTarget.of("/camunda/api/admin/auth/user/default")).isEmpty();
    assertThat(SignInTarget.of("/camunda/app/../../elsewhere")).isEmpty();
    assertThat(SignInTarget.of("/camunda/app/%2e%2e/%2e%2e/x")).isEmpty();
    assertThat(SignInTarget.of("/camunda/app//evil.example")).isEmpty();
  }

  @Test
  void aForwardedRequestIsReadWithoutTheContextPath() {
    assertThat(
            SignInTarget.ofRequest(
                "/virkaprofiili", "/virkaprofiili/portal/tasks/closure.xhtml", "task=42"))
        .contains("/portal/tasks/closure.xhtml?task=42");
    assertThat(SignInTarget.ofRequest("", "/portal/tasks/", null)).contains("/portal/tasks/");
    assertThat(SignInTarget.ofRequest("/virkaprofiili", "/elsewhere/portal/tasks/", null))
        .isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "//evil.example/portal/tasks/",
        "http://evil.example/portal/tasks/",
        "https:evil.example",
        "javascript:alert(1)",
        "/\\evil.example",
        "\\\\evil.example",
        "/portal/\\evil.example",
        "%2F%2Fevil.example",
        "/%2Fevil.example",
        "/portal/%2F%2Fevil.example",
        "/portal/%252F%252Fevil.example",
        "/portal/%5Cevil.example",
        "/portal/..%2F..%2Fregistry.xhtml",
        "/portal/../login.xhtml",
        "/portal/tasks/%0d%0aSet-Cookie:x=1",
        "/portal/tasks/\t/evil",
        "/portal/tasks/ä",
        "/portal/%zz",
        "/registry.xhtml",
        "/login.xhtml"
      })
  void anythingButAPortalPageIsRefused(String candidate) {
    assertThat(SignInTarget.of(candidate)).isEmpty();
  }

  @Test
  void aQueryMaySayWhatItLikesWithoutLeavingTheSite() {
    assertThat(SignInTarget.of("/portal/unit/profiles.xhtml?q=https%3A%2F%2Fx.com%2Fa+b"))
        .contains("/portal/unit/profiles.xhtml?q=https%3A%2F%2Fx.com%2Fa+b");
  }
}
