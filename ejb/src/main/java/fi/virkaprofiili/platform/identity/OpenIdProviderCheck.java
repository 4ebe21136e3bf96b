package fi.virkaprofiili.platform.identity;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * At start-up, when sign-in goes through an OpenID Connect provider: its discovery document answers
 * and names the configured issuer. A provider that cannot be reached, or is another issuer than the
 * one set, stops start-up with a line that names {@code virkaprofiili.oidc.issuer}; nobody could
 * sign in anyway.
 */
@ApplicationScoped
public class OpenIdProviderCheck {

  private static final Logger LOG = Logger.getLogger(OpenIdProviderCheck.class.getName());
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /** Nothing when sign-in is the portal's own form. */
  public void check() {
    check(OpenIdSettings.current());
  }

  static void check(OpenIdSettings settings) {
    if (!settings.enabled()) {
      return;
    }
    String issuer = issuerOf(settings);
    if (!withoutSlash(issuer).equals(settings.issuer())) {
      throw new OpenIdProviderException(
          "The OpenID Connect provider at "
              + settings.discoveryUrl()
              + " names the issuer '"
              + issuer
              + "', not '"
              + settings.issuer()
              + "': set "
              + Settings.OIDC_ISSUER
              + " (VIRKAPROFIILI_OIDC_ISSUER) to the provider's issuer exactly.");
    }
    LOG.info(
        () ->
            "Sign-in through the OpenID Connect provider "
                + settings.issuer()
                + " as client "
                + settings.clientId());
  }

  private static String issuerOf(OpenIdSettings settings) {
    HttpResponse<String> answer;
    try {
      answer =
          HttpClient.newBuilder()
              .connectTimeout(PATIENCE)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(settings.discoveryUrl()))
                      .timeout(PATIENCE)
                      .header("Accept", "application/json")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw unreachable(settings, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(settings, "interrupted");
    }
    if (answer.statusCode() != 200) {
      throw unreachable(settings, "HTTP " + answer.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      JsonObject document = reader.readObject();
      return document.getString("issuer", "");
    } catch (JsonParsingException | ClassCastException e) {
      throw unreachable(settings, "not a discovery document");
    }
  }

  private static OpenIdProviderException unreachable(OpenIdSettings settings, String why) {
    return new OpenIdProviderException(
        "The OpenID Connect provider's discovery document "
            + settings.discoveryUrl()
            + " could not be read ("
            + why
            + "): check "
            + Settings.OIDC_ISSUER
            + " (VIRKAPROFIILI_OIDC_ISSUER) and that the provider can be reached from this node.");
  }

  private static String withoutSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The provider is not the one configured, or cannot be reached: start-up stops. */
  public static final class OpenIdProviderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OpenIdProviderException(String message) {
      super(message);
    }
  }
}
