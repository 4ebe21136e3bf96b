package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * Test deployment only: a person of a browser test's own (who signs in with their id as password)
 * who administers a listed profile of a new unit with one other administrator, and to whom access
 * to its account is registered. POST answers {@code person=}, {@code manager=}, {@code profile=}
 * and {@code name=} lines.
 */
@WebServlet("/it/leaver-seed")
public class LeaverSeed extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ProcessEngine engine;
  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;

  /** Seeds from outside the application at {@code base}; what POST answers. */
  static Map<String, String> seed(URL base) throws Exception {
    return Seeds.post(base, "it/leaver-seed");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "m" + suffix;
    String unit = fixture.ownUnit(manager);
    String person = "l" + suffix;
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(person);
    user.setFirstName("Leena");
    user.setLastName("Lähtijä " + suffix);
    user.setEmail(person + "@example.org");
    user.setPassword(person);
    identity.saveUser(user);
    identity.createMembership(person, Roles.STAFF);

    Proposal proposal = LifecycleFixture.proposal("Lähtijän profiili " + suffix);
    proposal.setUnitCode(unit);
    proposal.getAdministrators().get(0).setName("Leena Lähtijä");
    proposal.getAdministrators().get(0).setEmail(person + "@example.org");
    Profile profile = proposals.submit(proposal, "sanna");
    decisions.decide(
        fixture.taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), manager);
    agreement.agree(fixture.taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setup.registerAccess(
        fixture.taskOf(profile, REGISTER_ACCESS).getId(),
        "IT admin account; " + person + " as editor",
        "ilkka");
    setup.recordAccountAddress(
        fixture.taskOf(profile, RECORD_ACCOUNT_ADDRESS).getId(), profile.getAccountUrl(), "sanna");
    try {
      fixture.awaitState(profile.getId(), ProfileState.LISTED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            String.join(
                "\n",
                "person=" + person,
                "manager=" + manager,
                "profile=" + profile.getId(),
                "name=" + profile.getName()));
  }
}
