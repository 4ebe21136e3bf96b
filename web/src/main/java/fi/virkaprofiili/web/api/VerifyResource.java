package fi.virkaprofiili.web.api;

import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.registry.boundary.Verification;
import fi.virkaprofiili.web.platform.JsonBuilders;
import fi.virkaprofiili.web.registry.RegistryCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/registry/verify?url=…}: is this account official? The same answers as the public
 * page, as JSON. Bad parameters get a 400 that says which parameter and why.
 */
@Path("registry/verify")
@ApplicationScoped // holds nothing of a request: one instance answers them all
public class VerifyResource {

  @Inject private Verification verification;
  @Inject private RegistryCache answers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Is this account official?",
      description =
          "Answers OFFICIAL (with the listing; a closing profile has closingOn and redirectUrl), CLOSED "
              + "(with redirectUrl) or NOT_LISTED. The address may be written as people write it: with or without "
              + "scheme, www./m., any case, query or fragment, x.com or twitter.com, @user@server, handles.")
  @APIResponse(responseCode = "200", description = "The answer")
  @APIResponse(
      responseCode = "400",
      description = "A bad url parameter: {\"parameter\": \"url\", \"error\": why}")
  public Response verify(
      @Parameter(description = "The address or handle of the account", required = true)
          @QueryParam("url")
          String url) {
    if (url == null || url.isBlank()) {
      return badParameter("url", "required: the address or handle of the account");
    }
    if (url.length() > AccountAddress.MAX_LENGTH) {
      return badParameter("url", "longer than " + AccountAddress.MAX_LENGTH + " characters");
    }
    Optional<AccountAddress> address = AccountAddress.parse(url);
    if (address.isEmpty()) {
      return badParameter("url", "not the address of an account on a social media service");
    }
    String answer = answers.about(address.get().key(), () -> answerAbout(address.get()));
    return Response.ok(answer)
        .header("Access-Control-Allow-Origin", "*")
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  private RegistryCache.Answer answerAbout(AccountAddress address) {
    Verification.Result result = verification.verify(address);
    JsonObjectBuilder body =
        JsonBuilders.object()
            .add("answer", result.answer().name())
            .add("account", address.canonicalUrl())
            .add("channel", address.channel().name());
    if (result.profile() != null) {
      body.add("profile", Listings.of(result.profile()));
    }
    return new RegistryCache.Answer(body.build().toString(), result.profile() != null);
  }

  private static Response badParameter(String parameter, String why) {
    return new BadParameter(parameter, why).response();
  }
}
