package fi.virkaprofiili.web.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * JSON builders from one provider looked up once. {@code JsonBuilders.object()} looks the provider
 * up again on every call, searching the class path each time: under load that search was most of
 * the cost of a {@code verify} answer.
 */
public final class JsonBuilders {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonBuilders() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }
}
