package fi.virkaprofiili.web.bench;

import fi.virkaprofiili.platform.database.StatementCounter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Deployed with the registry benchmark only: how many SQL statements the application has run so
 * far, so that the load generator outside the server can tell how many each request costs.
 */
@WebServlet(StatementProbe.PATH)
public class StatementProbe extends HttpServlet {

  static final String PATH = "/benchmark/sql-statements";

  private static final long serialVersionUID = 1L;

  /**
   * Asks the probe of the application at {@code root} (ending in a slash) how many statements it
   * has run.
   */
  static long statementsSoFar(HttpClient http, URI root) {
    try {
      var answer =
          http.send(
              HttpRequest.newBuilder(root.resolve(PATH.substring(1))).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(PATH + " answered " + answer.statusCode());
      }
      return Long.parseLong(answer.body().strip());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.getWriter().print(StatementCounter.APPLICATION.statements());
  }
}
