package fi.virkaprofiili.web.api;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.registry.boundary.RegistryResults;
import fi.virkaprofiili.registry.boundary.RegistrySearch;
import fi.virkaprofiili.web.platform.JsonBuilders;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/registry/profiles}: listed, closing and closed profiles, a page at a time,
 * filtered like the registry page. Cacheable: an unchanged answer is a 304 to a client that sends
 * back its ETag.
 */
@Path("registry/profiles")
public class ProfilesResource {

  @Inject private Registry registry;
  @Inject private UnitParameter unitParameter;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Listed, closing and closed profiles, a page at a time",
      description =
          "Sorted by name. Send back the ETag as If-None-Match to get a 304 when nothing changed.")
  @APIResponse(responseCode = "200", description = "{page, size, total, profiles: [...]}")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
  @APIResponse(
      responseCode = "400",
      description = "A bad parameter: {\"parameter\": name, \"error\": why}")
  public Response profiles(
      @Parameter(description = "Words in the profile's name") @QueryParam("q") String words,
      @Parameter(description = "Code of the owning unit; 400 when no unit has it")
          @QueryParam("unit")
          String unit,
      @Parameter(
              description =
                  "FACEBOOK, INSTAGRAM, X, LINKEDIN, YOUTUBE, TIKTOK, THREADS, MASTODON, BLUESKY or OTHER")
          @QueryParam("channel")
          String channel,
      @Parameter(description = "FI, SV, EN, SMI or OTHER") @QueryParam("language") String language,
      @Parameter(description = "LISTED, CLOSING or CLOSED") @QueryParam("state") String state,
      @Parameter(description = "From 0") @QueryParam("page") @DefaultValue("0") String page,
      @Parameter(description = "1 to 100") @QueryParam("size") @DefaultValue("25") String size,
      @Context Request request) {
    RegistrySearch search;
    try {
      search =
          new RegistrySearch(
              blankToNull(words),
              unitParameter.code(unit),
              parse("channel", channel, Channel::valueOf),
              parse("language", language, ProfileLanguage::valueOf),
              parse("state", state, ProfileState::valueOf),
              number("page", page),
              number("size", size));
    } catch (BadParameter bad) {
      return bad.response();
    } catch (IllegalArgumentException bad) {
      return new BadParameter("page, size, state or q", bad.getMessage()).response();
    }
    RegistryResults result = registry.search(search);
    JsonArrayBuilder profiles = JsonBuilders.array();
    result.profiles().forEach(profile -> profiles.add(Listings.of(profile)));
    String body =
        JsonBuilders.object()
            .add("page", result.page())
            .add("size", result.size())
            .add("total", result.total())
            .add("profiles", profiles)
            .build()
            .toString();
    EntityTag tag = new EntityTag(Integer.toHexString(body.hashCode()));
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    return (unchanged != null ? unchanged : Response.ok(body))
        .tag(tag)
        .header("Access-Control-Allow-Origin", "*")
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static <T> T parse(String parameter, String value, Function<String, T> parser) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return parser.apply(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new BadParameter(parameter, "unknown value " + value.strip());
    }
  }

  private static int number(String parameter, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException notANumber) {
      throw new BadParameter(parameter, "not a whole number");
    }
  }
}
