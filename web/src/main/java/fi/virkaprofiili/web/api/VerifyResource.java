package fi.virkaprofiili.web.api;

import fi.virkaprofiili.registry.boundary.Verification;
import fi.virkaprofiili.registry.entity.AccountAddress;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/registry/verify?url=…}: is this account official? The same answers as the
 * public page, as JSON. Bad parameters get a 400 that says which parameter and why.
 */
@Path("registry/verify")
public class VerifyResource {

  @Inject private Verification verification;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response verify(@QueryParam("url") String url) {
    if (url == null || url.isBlank()) {
      return badParameter("url", "required: the address or handle of the account");
    }
    if (url.length() > AccountAddress.MAX_LENGTH) {
      return badParameter("url", "longer than " + AccountAddress.MAX_LENGTH + " characters");
    }
    Verification.Result result = verification.verify(url);
    if (result.answer() == Verification.Answer.UNRECOGNISED) {
      return badParameter("url", "not the address of an account on a social media service");
    }
    JsonObjectBuilder body = Json.createObjectBuilder()
        .add("answer", result.answer().name())
        .add("account", result.address().canonicalUrl())
        .add("channel", result.address().channel().name());
    if (result.profile() != null) {
      body.add("profile", Listings.of(result.profile()));
    }
    return Response.ok(body.build().toString())
        .header("Access-Control-Allow-Origin", "*")
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  private static Response badParameter(String parameter, String why) {
    return new BadParameter(parameter, why).response();
  }
}
