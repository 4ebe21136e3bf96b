package fi.virkaprofiili.web.api;

import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.profile.entity.ProfileEvent;
import fi.virkaprofiili.registry.boundary.Registry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/registry/feed}: an Atom feed of what changes in the registry: profiles listed,
 * closures announced, profiles closed. Newest first, the latest 50; of one unit's profiles with
 * {@code ?unit=code}, for a unit's own website or newsroom.
 */
@Path("registry/feed")
public class FeedResource {

  static final int ENTRIES = 50;
  private static final String ATOM = "application/atom+xml";

  @Inject private Registry registry;
  @Inject private UnitParameter unitParameter;

  @GET
  @Produces(ATOM)
  @Operation(summary = "Atom feed of registry changes: listed, closing announced, closed")
  @APIResponse(
      responseCode = "200",
      description = "The feed; Last-Modified and ETag, 304 when unchanged")
  @APIResponse(
      responseCode = "400",
      description = "A bad unit parameter: {\"parameter\": \"unit\", \"error\": why}")
  public Response feed(
      @Parameter(description = "Code of the owning unit: only its profiles' changes")
          @QueryParam("unit")
          String unit,
      @Context Request request) {
    String unitCode;
    try {
      unitCode = unitParameter.code(unit);
    } catch (BadParameter bad) {
      return bad.response();
    }
    List<ProfileEvent> changes = registry.changes(ENTRIES, unitCode);
    Instant updated = updated(changes);
    String document = document(Settings.portalUrl(), unitCode, changes);
    EntityTag tag = new EntityTag(Integer.toHexString(document.hashCode()));
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(Date.from(updated), tag);
    return (unchanged != null ? unchanged : Response.ok(document, ATOM))
        .tag(tag)
        .lastModified(Date.from(updated))
        .header("Access-Control-Allow-Origin", "*")
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  /**
   * The feed of {@code changes}, of one unit's profiles if {@code unitCode} is given. It names
   * itself under {@code portalUrl}, the configured address, never the request's Host: the answer is
   * cached publicly, so a forged Host would otherwise reach every reader of the cache.
   */
  static String document(String portalUrl, String unitCode, List<ProfileEvent> changes) {
    Instant updated = updated(changes);
    String self =
        portalUrl
            + "api/registry/feed"
            + (unitCode == null
                ? ""
                : "?unit=" + URLEncoder.encode(unitCode, StandardCharsets.UTF_8));
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
            .append(
                element(
                    "title",
                    "Virkaprofiili: official profiles"
                        + (unitCode == null ? "" : " of " + unitCode)))
            .append("<id>")
            .append(Xml.escape(self))
            .append("</id>\n")
            .append("<link rel=\"self\" href=\"")
            .append(Xml.escape(self))
            .append("\"/>\n")
            .append(element("updated", DateTimeFormatter.ISO_INSTANT.format(updated)));
    for (ProfileEvent change : changes) {
      xml.append("<entry>\n")
          .append(
              element(
                  "id",
                  "urn:virkaprofiili:profile:"
                      + change.getProfile().getId()
                      + ":"
                      + change.getType()
                      + ":"
                      + change.getOccurredAt().toEpochMilli()))
          .append(element("title", change.getProfile().getName() + ": " + change.getType()))
          .append(element("updated", DateTimeFormatter.ISO_INSTANT.format(change.getOccurredAt())))
          .append(element("summary", summary(change)));
      if (change.getProfile().getAccountUrl() != null
          && change.getProfile().getAccountUrl().matches("(?i)https?://.*")) {
        xml.append("<link href=\"")
            .append(Xml.escape(change.getProfile().getAccountUrl()))
            .append("\"/>\n");
      }
      xml.append("<author><name>")
          .append(Xml.escape(change.getProfile().getUnit().getCode()))
          .append("</name></author>\n")
          .append("</entry>\n");
    }
    xml.append("</feed>\n");
    return xml.toString();
  }

  private static Instant updated(List<ProfileEvent> changes) {
    return changes.isEmpty() ? Instant.EPOCH : changes.get(0).getOccurredAt();
  }

  private static String summary(ProfileEvent change) {
    var profile = change.getProfile();
    return switch (change.getType()) {
      case CLOSURE_ANNOUNCED ->
          "Closing on "
              + profile.getClosure().getClosingOn()
              + "; follow at "
              + profile.getClosure().getRedirectUrl();
      case CLOSED ->
          "Closed; follow at "
              + (profile.getClosure() == null ? "" : profile.getClosure().getRedirectUrl());
      default -> "Listed: " + (profile.getAccountUrl() == null ? "" : profile.getAccountUrl());
    };
  }

  private static String element(String name, String text) {
    return "<" + name + ">" + Xml.escape(text) + "</" + name + ">\n";
  }
}
