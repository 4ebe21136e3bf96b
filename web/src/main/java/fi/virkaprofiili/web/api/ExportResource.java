package fi.virkaprofiili.web.api;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.registry.boundary.RegistryResults;
import fi.virkaprofiili.registry.boundary.RegistrySearch;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/registry/profiles.csv}: the whole public registry as CSV, written a page at a
 * time. Cells that a spreadsheet would run as a formula are written as text.
 */
@Path("registry/profiles.csv")
public class ExportResource {

  private static final String CSV = "text/csv; charset=UTF-8";
  private static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "state",
          "channel",
          "unit",
          "address",
          "purpose",
          "languages",
          "responseTimePromise",
          "officialContact",
          "closingOn",
          "redirectUrl");

  @Inject private Registry registry;

  @GET
  @Produces(CSV)
  @Operation(summary = "The public registry as CSV")
  public Response export() {
    StreamingOutput body =
        output -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          writer.write(line(COLUMNS));
          int page = 0;
          RegistryResults result;
          do {
            result =
                registry.search(
                    new RegistrySearch(
                        null, null, null, null, null, page++, RegistrySearch.MAX_SIZE));
            for (Profile profile : result.profiles()) {
              writer.write(line(row(profile)));
            }
          } while ((long) page * RegistrySearch.MAX_SIZE < result.total());
          writer.flush();
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"official-profiles.csv\"")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  private static List<String> row(Profile profile) {
    var upkeep = profile.getUpkeep();
    var closure = profile.getClosure();
    return List.of(
        String.valueOf(profile.getId()),
        profile.getName(),
        profile.getState().name(),
        profile.getChannel().name(),
        profile.getUnit().getCode(),
        nullToEmpty(profile.getAccountUrl()),
        profile.getPlan() == null ? "" : nullToEmpty(profile.getPurpose()),
        profile.getLanguages().stream()
            .map(ProfileLanguage::name)
            .sorted()
            .collect(Collectors.joining(" ")),
        upkeep == null ? "" : nullToEmpty(upkeep.getResponseTimePromise()),
        upkeep == null ? "" : nullToEmpty(upkeep.getOfficialContact()),
        closure == null ? "" : closure.getClosingOn().toString(),
        closure == null ? "" : closure.getRedirectUrl());
  }

  static String line(List<String> cells) {
    return cells.stream().map(ExportResource::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  /** Quoted as CSV needs; a leading =, +, - or @ gets an apostrophe so no spreadsheet runs it. */
  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
