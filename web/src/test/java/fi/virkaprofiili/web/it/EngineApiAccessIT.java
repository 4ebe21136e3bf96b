package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's REST API from outside, as a script would call it: administrators only. No browser,
 * so it runs on both databases and on a machine without Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EngineApiAccessIT {

  @ArquillianResource private URL base;

  @Test
  void engineApiIsForAdministratorsOnly() throws Exception {
    assertThat(engineApiStatus("admin")).isEqualTo(200);
    assertThat(engineApiStatus("sanna")).isEqualTo(403);
    assertThat(engineApiStatus("markus")).isEqualTo(403);
    assertThat(engineApiStatus(null)).isEqualTo(401);
  }

  private int engineApiStatus(String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(base.toString().replaceAll("/$", "") + "/engine-rest/task"));
    if (user != null) {
      String credentials = user + ":" + user;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
