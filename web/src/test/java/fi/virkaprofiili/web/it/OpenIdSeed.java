package fi.virkaprofiili.web.it;

import fi.virkaprofiili.leaver.boundary.Departed;
import fi.virkaprofiili.leaver.boundary.Leavers;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The steps of {@link OpenIdSignInIT} inside its Payara: a unit whose manager is known only by the
 * provider, with a proposal waiting for their decision; what the engine holds of a person; and a
 * person marked as left.
 */
@WebServlet("/it/openid")
public class OpenIdSeed extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient LifecycleFixture fixture;
  @Inject private transient ProposalService proposals;
  @Inject private transient IdentityService identities;
  @Inject private transient Leavers leavers;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> answer = new LinkedHashMap<>();
    switch (request.getParameter("step")) {
      case "unit" -> answer.put("unit", fixture.unitManagedBy(request.getParameter("manager")));
      case "proposal" -> {
        Proposal proposal = LifecycleFixture.proposal(request.getParameter("name"));
        proposal.setUnitCode(request.getParameter("unit"));
        Profile profile = proposals.submit(proposal, "sanna");
        answer.put("profile", profile.getId());
      }
      case "person" -> {
        String id = request.getParameter("user");
        User user = identities.createUserQuery().userId(id).singleResult();
        answer.put("exists", user != null);
        if (user != null) {
          answer.put("firstName", user.getFirstName());
          answer.put("lastName", user.getLastName());
          answer.put("email", user.getEmail());
          answer.put("passwordMatches", identities.checkPassword(id, ""));
          TreeSet<String> groups = new TreeSet<>();
          for (Group group : identities.createGroupQuery().groupMember(id).list()) {
            groups.add(group.getId());
          }
          answer.put("groups", String.join(",", groups));
        }
      }
      case "leave" -> {
        Departed departed =
            leavers.markLeft("admin", request.getParameter("user"), "Left the organisation");
        answer.put("left", departed.userId());
      }
      default -> throw new IllegalArgumentException("no step " + request.getParameter("step"));
    }
    response.setContentType("text/plain;charset=UTF-8");
    StringBuilder body = new StringBuilder();
    answer.forEach((key, value) -> body.append(key).append('=').append(value).append('\n'));
    response.getWriter().write(body.toString());
  }
}
