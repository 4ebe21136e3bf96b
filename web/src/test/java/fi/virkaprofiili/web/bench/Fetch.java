package fi.virkaprofiili.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The benchmarks' one way to fetch a page they need, outside what they measure. */
final class Fetch {

  private Fetch() {}

  /**
   * The page's body; any answer but 200 stops the benchmark, saying where it was sent or what it
   * said.
   */
  static String page(HttpClient http, URI address) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(
        200,
        response.statusCode(),
        address
            + " answered "
            + response.statusCode()
            + ": "
            + response.headers().firstValue("Location").orElse(response.body()));
    return response.body();
  }
}
