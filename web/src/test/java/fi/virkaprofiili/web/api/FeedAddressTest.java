package fi.virkaprofiili.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedAddressTest {

  @Test
  void theFeedNamesItselfByThePortalsConfiguredAddress() {
    String feed = FeedResource.document("https://profiilit.example.fi/", "K01", List.of());

    assertThat(feed)
        .contains("<id>https://profiilit.example.fi/api/registry/feed?unit=K01</id>")
        .contains(
            "<link rel=\"self\" href=\"https://profiilit.example.fi/api/registry/feed?unit=K01\"/>");
  }

  @Test
  void noResourceOfTheApiCanSeeTheAddressItWasAskedBy() {
    // What the API answers is cached publicly: an absolute address in it comes from the settings.
    List<Class<?>> requestAddresses =
        List.of(UriInfo.class, HttpHeaders.class, HttpServletRequest.class);
    for (Class<?> resource : new RegistryApi().getClasses()) {
      for (Method method : resource.getDeclaredMethods()) {
        assertThat(method.getParameterTypes())
            .as("%s.%s", resource.getSimpleName(), method.getName())
            .doesNotContainAnyElementsOf(requestAddresses);
      }
      for (Field field : resource.getDeclaredFields()) {
        assertThat(requestAddresses)
            .as("%s.%s", resource.getSimpleName(), field.getName())
            .doesNotContain(field.getType());
      }
    }
  }
}
