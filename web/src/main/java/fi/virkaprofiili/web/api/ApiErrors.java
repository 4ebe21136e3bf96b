package fi.virkaprofiili.web.api;

import fi.virkaprofiili.platform.DatabaseFailures;
import fi.virkaprofiili.platform.OutageLog;
import fi.virkaprofiili.web.platform.ErrorPagesFilter;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the API is JSON, {@code {"status": …, "reason": …}}, with its status: an unknown
 * path, a method or media type the API does not serve, and its own failures, which are logged and
 * never shown (no stack trace reaches a client). Without these, JAX-RS would leave the body empty
 * and the container would answer with the portal's HTML error page.
 */
final class ApiErrors {

  private ApiErrors() {}

  static Response of(int status) {
    Response.ResponseBuilder answer =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(ErrorPagesFilter.json(status))
            .header("Access-Control-Allow-Origin", "*")
            .header("Cache-Control", "no-store");
    return answer.build();
  }

  /** What JAX-RS itself refuses (404, 405, 406, 415, …): the same status, as JSON. */
  @Provider
  public static class Refused implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException refusal) {
      Response original = refusal.getResponse();
      if (original != null && original.hasEntity()) {
        return original;
      }
      int status = original == null ? 500 : original.getStatus();
      Response answer = of(status);
      if (original != null && original.getHeaderString("Allow") != null) {
        return Response.fromResponse(answer)
            .header("Allow", original.getHeaderString("Allow"))
            .build();
      }
      return answer;
    }
  }

  /** Anything else is the server's fault: logged here, a plain 500 to the client. */
  @Provider
  public static class Failed implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
      int status = statusOf(failure);
      if (status == 503) {
        return Response.fromResponse(of(503))
            .header("Retry-After", ErrorPagesFilter.RETRY_AFTER_SECONDS)
            .build();
      }
      return of(status);
    }

    /**
     * 503 when the database is away ("try again shortly", told to the log once per outage), else
     * 500 with the failure logged.
     */
    static int statusOf(Throwable failure) {
      if (DatabaseFailures.isOutage(failure)) {
        OutageLog.noted("/api", failure);
        return 503;
      }
      LOG.log(Level.SEVERE, "The API failed", failure);
      return 500;
    }
  }
}
