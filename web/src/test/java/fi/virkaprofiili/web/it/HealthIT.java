package fi.virkaprofiili.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Health as a load balancer and an orchestrator read it on the running server: ready says the
 * database answered just now, live says nothing about the database at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @ArquillianResource private URL base;

  @Test
  void readyAsksTheDatabaseAndLiveOnlyTheJvm() throws Exception {
    HttpResponse<String> ready = get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"databaseAnswers\":\"true\"").contains("\"status\":\"UP\"");

    HttpResponse<String> live = get("/health/live");
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"deadlockedThreads\":\"0\"").doesNotContain("database");
  }

  private HttpResponse<String> get(String path) throws Exception {
    // Health is the server's, at its root, not under the application's context path.
    URI server = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
