package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.closure.boundary.ClosureDecision;
import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.processes.FakeProfileReport;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.report.boundary.FakeReportForm;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Test deployment only: brings fresh profiles, through the boundaries, to every task form a person
 * can meet, so that a browser test can look at each form. POST answers one {@code name=value} line
 * per task kind (the task's id) and a few addresses and profile ids. {@code ?only=managerDecision}
 * seeds just one proposal waiting for its decision; {@code ?only=closing} one listed profile whose
 * closure is announced (its name, address and closing date).
 */
@WebServlet("/it/accessibility-seed")
public class AccessibilitySeed extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LifecycleFixture fixture;
  @Inject private ProcessEngine engine;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;
  @Inject private ClosureService closures;
  @Inject private FakeReports reports;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> seeded = new LinkedHashMap<>();
    try {
      if ("managerDecision".equals(request.getParameter("only"))) {
        Profile proposed =
            proposals.submit(LifecycleFixture.proposal(unique("Näppäimistö")), "sanna");
        seeded.put(MANAGER_DECISION, fixture.taskOf(proposed, MANAGER_DECISION).getId());
        seeded.put("name", proposed.getName());
      } else if ("closing".equals(request.getParameter("only"))) {
        Profile announced = closing("Suljettava");
        seeded.put("name", announced.getName());
        seeded.put("address", announced.getAccountUrl());
        seeded.put("closingOn", announced.getClosure().getClosingOn().toString());
      } else {
        seedEveryForm(seeded);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    StringBuilder body = new StringBuilder();
    seeded.forEach((key, value) -> body.append(key).append('=').append(value).append('\n'));
    response.getWriter().write(body.toString());
  }

  private void seedEveryForm(Map<String, String> seeded) throws InterruptedException {
    Profile expert =
        proposals.submit(LifecycleFixture.expertProposal(unique("Asiantuntija"), "ilkka"), "sanna");
    seeded.put(EXPERT_CONSENT, fixture.awaitTask(expert, EXPERT_CONSENT).getId());

    Profile proposed = proposals.submit(LifecycleFixture.proposal(unique("Päätettävä")), "sanna");
    seeded.put(MANAGER_DECISION, fixture.taskOf(proposed, MANAGER_DECISION).getId());

    Profile returned =
        proposals.submit(LifecycleFixture.proposal(unique("Täydennettävä")), "sanna");
    decisions.decide(
        fixture.taskOf(returned, MANAGER_DECISION).getId(),
        Decision.returnForRevision("Kerro, kuka vastaa viesteihin lomilla."),
        "markus");
    seeded.put(REVISE_PROPOSAL, fixture.awaitTask(returned, REVISE_PROPOSAL).getId());

    Profile approved = proposals.submit(LifecycleFixture.proposal(unique("Hyväksytty")), "sanna");
    decisions.decide(
        fixture.taskOf(approved, MANAGER_DECISION).getId(), Decision.approve(), "markus");
    seeded.put(
        COMMUNICATIONS_AGREEMENT, fixture.awaitTask(approved, COMMUNICATIONS_AGREEMENT).getId());

    Profile agreed = proposals.submit(LifecycleFixture.proposal(unique("Perustettava")), "sanna");
    decisions.decide(
        fixture.taskOf(agreed, MANAGER_DECISION).getId(), Decision.approve(), "markus");
    agreement.agree(fixture.awaitTask(agreed, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    seeded.put(REGISTER_ACCESS, fixture.awaitTask(agreed, REGISTER_ACCESS).getId());

    Profile accessGiven =
        proposals.submit(LifecycleFixture.proposal(unique("Tilin osoite")), "sanna");
    decisions.decide(
        fixture.taskOf(accessGiven, MANAGER_DECISION).getId(), Decision.approve(), "markus");
    agreement.agree(fixture.awaitTask(accessGiven, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setup.registerAccess(
        fixture.awaitTask(accessGiven, REGISTER_ACCESS).getId(),
        "IT:n pääkäyttäjä ja ylläpitäjät",
        "ilkka");
    seeded.put(
        RECORD_ACCOUNT_ADDRESS, fixture.awaitTask(accessGiven, RECORD_ACCOUNT_ADDRESS).getId());

    Profile reviewed = listed("Katselmoitava");
    fixture.fireTimer(reviewed, REVIEW_DUE);
    seeded.put(PERIODIC_REVIEW, fixture.awaitTask(reviewed, PERIODIC_REVIEW).getId());
    seeded.put("listedProfileId", reviewed.getId().toString());

    Profile neglected = listed("Laiminlyöty");
    fixture.fireTimer(neglected, REVIEW_DUE);
    fixture.awaitTask(neglected, PERIODIC_REVIEW);
    fixture.fireTimer(neglected, REVIEW_NOT_DONE);
    seeded.put(REVIEW_OVERDUE, fixture.awaitTask(neglected, REVIEW_OVERDUE).getId());

    Profile toDecide = listed("Suljettavaksi pyydetty");
    closures.requestClosure(toDecide.getId(), "Resurssit siirtyvät uuteen kanavaan.", "markus");
    seeded.put(CLOSURE_DECISION, fixture.awaitTask(toDecide, CLOSURE_DECISION).getId());

    Profile announced = closing("Suljettava");
    seeded.put(POST_CLOSURE_NOTICE, fixture.awaitTask(announced, POST_CLOSURE_NOTICE).getId());
    seeded.put("closingProfileId", announced.getId().toString());

    Profile dateReached = closing("Sulkemispäivä");
    closures.confirmNoticePosted(
        fixture.awaitTask(dateReached, POST_CLOSURE_NOTICE).getId(), "sanna");
    fixture.fireTimer(dateReached, CLOSING_DATE_REACHED);
    seeded.put(REVOKE_ACCESS, fixture.awaitTask(dateReached, REVOKE_ACCESS).getId());
    seeded.put(CLOSE_ACCOUNT, fixture.awaitTask(dateReached, CLOSE_ACCOUNT).getId());

    Profile closed = closing("Suljettu");
    closures.confirmNoticePosted(fixture.awaitTask(closed, POST_CLOSURE_NOTICE).getId(), "sanna");
    fixture.fireTimer(closed, CLOSING_DATE_REACHED);
    closures.confirmAccessRevoked(fixture.awaitTask(closed, REVOKE_ACCESS).getId(), "ilkka");
    closures.confirmAccountClosed(fixture.awaitTask(closed, CLOSE_ACCOUNT).getId(), true, "sanna");
    seeded.put(
        "closedUrl", fixture.awaitState(closed.getId(), ProfileState.CLOSED).getAccountUrl());

    var report =
        reports.report(
            new FakeReportForm(
                "https://www.instagram.com/" + handle("vale"),
                "Käyttää kaupungin logoa.",
                "asukas@example.org"),
            "sanna");
    seeded.put(
        FakeProfileReport.INVESTIGATE_REPORT,
        LifecycleFixture.await(
                () ->
                    engine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceId(report.getProcessInstanceId())
                        .taskDefinitionKey(FakeProfileReport.INVESTIGATE_REPORT)
                        .singleResult(),
                "no investigation of report " + report.getId())
            .getId());
  }

  /** Listed at an address of its own, so that verification finds exactly this profile. */
  private Profile listed(String name) throws InterruptedException {
    Profile profile = proposals.submit(LifecycleFixture.proposal(unique(name)), "sanna");
    decisions.decide(
        fixture.taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), "markus");
    agreement.agree(fixture.awaitTask(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setup.registerAccess(
        fixture.awaitTask(profile, REGISTER_ACCESS).getId(),
        "IT:n pääkäyttäjä ja ylläpitäjät",
        "ilkka");
    setup.recordAccountAddress(
        fixture.awaitTask(profile, RECORD_ACCOUNT_ADDRESS).getId(),
        "https://www.instagram.com/" + handle("a11y"),
        "sanna");
    return fixture.awaitState(profile.getId(), ProfileState.LISTED);
  }

  /** Listed, then its closure decided 20 days ahead: the closing steps follow. */
  private Profile closing(String name) throws InterruptedException {
    Profile profile = listed(name);
    closures.requestClosure(profile.getId(), "Resurssit siirtyvät uuteen kanavaan.", "markus");
    closures.decide(
        fixture.awaitTask(profile, CLOSURE_DECISION).getId(),
        ClosureDecision.close(
            "Tapahtumat kerrotaan verkkosivuilla.",
            new OrganisationTime().today().plusDays(20),
            "https://www.example.org/kirjasto"),
        "markus");
    return fixture.awaitState(profile.getId(), ProfileState.CLOSING);
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String handle(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
