package fi.virkaprofiili.web.bench;

import fi.virkaprofiili.platform.database.StatementCounter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Deployed with the registry benchmark only: how many SQL statements the application has run so
 * far, so that the load generator outside the server can tell how many each request costs.
 */
@WebServlet(StatementProbe.PATH)
public class StatementProbe extends HttpServlet {

  static final String PATH = "/benchmark/sql-statements";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("text/plain");
    response.getWriter().print(StatementCounter.APPLICATION.statements());
  }
}
