package fi.virkaprofiili.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The registry's open data under /api. The classes are listed, so that the Camunda REST resources
 * in the same WAR are never published here too.
 */
@ApplicationPath("api")
public class RegistryApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(VerifyResource.class, ProfilesResource.class);
  }
}
