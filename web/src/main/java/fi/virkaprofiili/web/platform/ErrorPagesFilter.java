package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.DatabaseFailures;
import fi.virkaprofiili.platform.OutageLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error dispatches, before the error pages. The JSON API never answers HTML: an error the container
 * answers for a request under {@code /api} (one JAX-RS never saw) is sent as {@code {"status": …,
 * "reason": …}} instead of the portal's error page. Any other request's error page is shown as to a
 * plain GET: were the refused request a form post, JSF would take the error page for the form's
 * postback and fail on it, and the visitor would get the container's bare 500.
 */
public class ErrorPagesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** How soon a client may try again after a 503, in seconds. */
  public static final String RETRY_AFTER_SECONDS = "30";

  private static final String UNAVAILABLE_PAGE = "/error/503.xhtml";
  private static final String ERROR = RequestDispatcher.ERROR_EXCEPTION;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(uri instanceof String path) || !isApi(request.getContextPath(), path)) {
      if (outage(request) && !request.getRequestURI().endsWith(UNAVAILABLE_PAGE)) {
        // a failure the container met (Throwable → the 500 page) that was the database's
        OutageLog.noted(String.valueOf(uri), (Throwable) request.getAttribute(ERROR));
        request.setAttribute(BadInput.REASON, BadInput.UNAVAILABLE_KEY);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        request.getRequestDispatcher(UNAVAILABLE_PAGE).forward(new AsPlainGet(request), response);
        return;
      }
      chain.doFilter(new AsPlainGet(request), response);
      return;
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 500;
    if (outage(request)) {
      status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
    if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json(status));
  }

  private static boolean outage(HttpServletRequest request) {
    return request.getAttribute(ERROR) instanceof Throwable failure
        && DatabaseFailures.isOutage(failure);
  }

  static boolean isApi(String contextPath, String requestUri) {
    String api = (contextPath == null ? "" : contextPath) + "/api";
    return requestUri.equals(api) || requestUri.startsWith(api + "/");
  }

  /** The body of an API error: the status and the reason phrase that goes with it. */
  public static String json(int status) {
    // written by hand: the phrases below are fixed and need no escaping, and the filter needs no
    // JSON provider
    return "{\"status\":" + status + ",\"reason\":\"" + reasonPhrase(status) + "\"}";
  }

  static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Not signed in";
      case 403 -> "Forbidden";
      case 404 -> "No such resource";
      case 405 -> "Method not allowed";
      case 406 -> "No acceptable representation: the API answers application/json";
      case 408 -> "Request timeout";
      case 413 -> "Request too large";
      case 414 -> "Address too long";
      case 415 -> "Unsupported media type";
      case 429 -> "Too many requests";
      case 503 -> "Service unavailable: try again shortly";
      default -> status >= 500 ? "The server could not answer" : "Refused";
    };
  }

  /** The request as a GET with no parameters but the language asked for. */
  static final class AsPlainGet extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    AsPlainGet(HttpServletRequest request) {
      super(request);
      String[] language = request.getParameterValues(LocaleSelection.PARAMETER);
      parameters =
          language == null ? Map.of() : Map.of(LocaleSelection.PARAMETER, language.clone());
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public String getHeader(String name) {
      // not an Ajax request any more: the error page is a whole page
      return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
  }
}
