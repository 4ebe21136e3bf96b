package fi.virkaprofiili.web.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The filter finds the account a Camunda password check is about, as Camunda reads it. */
class SignInThrottleFilterTest {

  @Test
  void theUserOfABasicHeaderIsWhatStandsBeforeTheFirstColon() {
    String header =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("markus:pass:word".getBytes(StandardCharsets.UTF_8));

    assertThat(SignInThrottleFilter.basicUser(header)).isEqualTo("markus");
    assertThat(SignInThrottleFilter.basicUser("basic " + header.substring(6))).isEqualTo("markus");
    assertThat(SignInThrottleFilter.basicUser(null)).isNull();
    assertThat(SignInThrottleFilter.basicUser("Bearer abc")).isNull();
    assertThat(SignInThrottleFilter.basicUser("Basic not*base64")).isNull();
  }

  @Test
  void theWebappLoginNamesTheUserInItsForm() {
    assertThat(SignInThrottleFilter.formField("username=m%C3%A4rkus&password=x%26y", "username"))
        .isEqualTo("märkus");
    assertThat(SignInThrottleFilter.formField("password=x", "username")).isNull();
    assertThat(SignInThrottleFilter.formField("username=%zz", "username")).isNull();
  }
}
