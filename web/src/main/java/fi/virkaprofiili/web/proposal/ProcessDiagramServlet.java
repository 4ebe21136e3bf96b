package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.progress.boundary.ProcessProgress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The BPMN XML of a profile's process, for the diagram viewer on the profile's page. Under {@code
 * /portal}, so only the signed-in reach it; the boundary decides who may see which.
 */
@WebServlet("/portal/proposals/diagram")
public class ProcessDiagramServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ProcessProgress progress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long profileId;
    try {
      profileId = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id is the number of a profile");
      return;
    }
    String xml;
    try {
      xml = progress.diagram(profileId, request.getUserPrincipal().getName());
    } catch (NotPermittedException refusal) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (NotFoundException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // A process keeps the definition it started on, so its model never changes under one address.
    response.setHeader("Cache-Control", "private, max-age=3600");
    response.setContentType("application/xml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(xml);
  }
}
