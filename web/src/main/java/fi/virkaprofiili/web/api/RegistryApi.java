package fi.virkaprofiili.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The registry's open data under /api. The classes are listed, so that the Camunda REST resources
 * in the same WAR are never published here too.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Virkaprofiili public registry",
            version = "1",
            description =
                "The organisation's official social media profiles: listed, closing and closed, and whether an "
                    + "account is official. Read-only open data; CORS for GET; ETags where the answer can be cached."))
public class RegistryApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        VerifyResource.class,
        ProfilesResource.class,
        FeedResource.class,
        ExportResource.class,
        ApiErrors.Refused.class,
        ApiErrors.Failed.class);
  }
}
