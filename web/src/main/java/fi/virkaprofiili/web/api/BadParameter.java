package fi.virkaprofiili.web.api;

import fi.virkaprofiili.web.platform.JsonBuilders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A query parameter the API cannot use: answered with a 400 that names it and says why, in the
 * shape of every API error ({@code status}, {@code reason}) and, as before, {@code parameter} and
 * {@code error}.
 */
final class BadParameter extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  BadParameter(String parameter, String why) {
    super(why);
    this.parameter = parameter;
  }

  Response response() {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            JsonBuilders.object()
                .add("status", Response.Status.BAD_REQUEST.getStatusCode())
                .add("reason", parameter + ": " + getMessage())
                .add("parameter", parameter)
                .add("error", getMessage())
                .build()
                .toString())
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }
}
