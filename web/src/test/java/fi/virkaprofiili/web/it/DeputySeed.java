package fi.virkaprofiili.web.it;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/**
 * Test deployment only: a manager of a unit of their own, another manager to deputise for them
 * (each signs in with their id as password), and a proposal of the unit waiting for the manager's
 * decision. POST answers {@code manager=}, {@code deputy=} and {@code name=} lines.
 */
@WebServlet("/it/deputy-seed")
public class DeputySeed extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;

  /** Seeds from outside the application at {@code base}; what POST answers. */
  static Map<String, String> seed(URL base) throws Exception {
    return Seeds.post(base, "it/deputy-seed");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "m" + suffix;
    String deputy = "d" + suffix;
    String unit = fixture.ownUnit(manager);
    fixture.ownUnit(deputy);
    Proposal proposal = LifecycleFixture.proposal("Sijaisen päätös " + suffix);
    proposal.setUnitCode(unit);
    Profile profile = proposals.submit(proposal, "sanna");
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            String.join(
                "\n", "manager=" + manager, "deputy=" + deputy, "name=" + profile.getName()));
  }
}
