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
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.report.boundary.FakeReportForm;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.entity.FakeReport;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * Test deployment only: a waiting task of every kind that has a form, in a unit of the test's own
 * whose new manager signs in with their id as password. POST answers {@code manager=} and one
 * {@code <task key>=<task id>} line per kind, and {@code profile=} (a listed profile of the unit
 * whose closure the manager may request).
 */
@WebServlet("/it/security-seed")
public class SecuritySeed extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;
  @Inject private ClosureService closures;
  @Inject private FakeReports reports;
  @Inject private ProcessEngine engine;

  /** Seeds the tasks from outside the application at {@code base}; what POST answers. */
  static Map<String, String> seed(URL base) throws Exception {
    return Seeds.post(base, "it/security-seed");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      Map<String, String> lines = seed();
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getWriter()
          .write(
              lines.entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining("\n")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private Map<String, String> seed() throws InterruptedException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String manager = "s" + suffix;
    String unit = fixture.ownUnit(manager);
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("manager", manager);

    Profile deciding = submit("Päätettävä " + suffix, unit);
    lines.put(MANAGER_DECISION, fixture.taskOf(deciding, MANAGER_DECISION).getId());

    Profile agreeing = submit("Hyväksyttävä " + suffix, unit);
    decisions.decide(
        fixture.taskOf(agreeing, MANAGER_DECISION).getId(), Decision.approve(), manager);
    lines.put(COMMUNICATIONS_AGREEMENT, fixture.taskOf(agreeing, COMMUNICATIONS_AGREEMENT).getId());

    Profile revising = submit("Korjattava " + suffix, unit);
    decisions.decide(
        fixture.taskOf(revising, MANAGER_DECISION).getId(),
        Decision.returnForRevision("Say how success is measured"),
        manager);
    lines.put(REVISE_PROPOSAL, fixture.awaitTask(revising, REVISE_PROPOSAL).getId());

    Profile registering = submit("Rekisteröitävä " + suffix, unit);
    decisions.decide(
        fixture.taskOf(registering, MANAGER_DECISION).getId(), Decision.approve(), manager);
    agreement.agree(fixture.taskOf(registering, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    lines.put(REGISTER_ACCESS, fixture.awaitTask(registering, REGISTER_ACCESS).getId());

    Profile settingUp = submit("Perustettava " + suffix, unit);
    decisions.decide(
        fixture.taskOf(settingUp, MANAGER_DECISION).getId(), Decision.approve(), manager);
    agreement.agree(fixture.taskOf(settingUp, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    fixture.awaitTask(settingUp, REGISTER_ACCESS);
    setup.registerAccess(
        fixture.taskOf(settingUp, REGISTER_ACCESS).getId(), "IT admin account as editor", "ilkka");
    lines.put(RECORD_ACCOUNT_ADDRESS, fixture.awaitTask(settingUp, RECORD_ACCOUNT_ADDRESS).getId());

    Profile expert =
        proposals.submit(
            withUnit(LifecycleFixture.expertProposal("Asiantuntija " + suffix, "ilkka"), unit),
            "sanna");
    lines.put(EXPERT_CONSENT, fixture.awaitTask(expert, EXPERT_CONSENT).getId());

    Profile reviewed = fixture.listedProfile("Katselmoitava " + suffix, unit, manager);
    fixture.fireTimer(reviewed, REVIEW_DUE);
    lines.put(PERIODIC_REVIEW, fixture.awaitTask(reviewed, PERIODIC_REVIEW).getId());

    Profile closing = fixture.listedProfile("Suljettava " + suffix, unit, manager);
    closures.requestClosure(closing.getId(), "Moved elsewhere", manager);
    lines.put(CLOSURE_DECISION, fixture.taskOf(closing, CLOSURE_DECISION).getId());

    Profile noticed = fixture.listedProfile("Ilmoitettava " + suffix, unit, manager);
    closures.requestClosure(noticed.getId(), null, manager);
    closures.decide(
        fixture.taskOf(noticed, CLOSURE_DECISION).getId(),
        ClosureDecision.close(
            "The news move to the web site",
            new OrganisationTime().today().plusDays(40),
            "https://www.example.org/library"),
        manager);
    lines.put(POST_CLOSURE_NOTICE, fixture.awaitTask(noticed, POST_CLOSURE_NOTICE).getId());

    FakeReport report =
        reports.report(
            new FakeReportForm(
                "https://www.instagram.com/fake_" + suffix, "Uses the city's logo", null),
            null);
    Task investigation =
        LifecycleFixture.await(
            () ->
                engine
                    .getTaskService()
                    .createTaskQuery()
                    .processInstanceId(report.getProcessInstanceId())
                    .taskDefinitionKey(FakeProfileReport.INVESTIGATE_REPORT)
                    .singleResult(),
            "no investigation task");
    lines.put(FakeProfileReport.INVESTIGATE_REPORT, investigation.getId());

    Profile listed = fixture.listedProfile("Käytössä " + suffix, unit, manager);
    lines.put("profile", Long.toString(listed.getId()));
    return lines;
  }

  private Profile submit(String name, String unit) {
    return proposals.submit(withUnit(LifecycleFixture.proposal(name), unit), "sanna");
  }

  private static Proposal withUnit(Proposal proposal, String unit) {
    proposal.setUnitCode(unit);
    return proposal;
  }
}
