package fi.virkaprofiili.web.bench;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.it.LifecycleFixture;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Deployed with the portal benchmark only: what must go through the engine and the boundaries, so
 * that the task lists read real process instances. It creates the benchmark's users in Camunda's
 * identity store as the demo users are made, submits proposals as they would (some then approved by
 * their unit's manager, some also agreed to by communications, so that the tasks wait with
 * managers, communications, IT and the proposers), and deletes it all again. The profiles
 * themselves are removed by the benchmark with SQL, with the rest of its seed.
 */
@WebServlet(PortalFixture.PATH)
public class PortalFixture extends HttpServlet {

  static final String PATH = "/benchmark/portal-fixture";

  private static final long serialVersionUID = 1L;
  private static final Channel[] CHANNELS = {
    Channel.INSTAGRAM, Channel.FACEBOOK, Channel.YOUTUBE, Channel.LINKEDIN, Channel.TIKTOK
  };

  @Inject private ProcessEngine engine;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<PortalUsers.User> users = PortalUsers.of(Integer.parseInt(request.getParameter("users")));
    String answer =
        switch (request.getParameter("action")) {
          case "users" -> createUsers(users);
          case "propose" ->
              propose(
                  users,
                  Integer.parseInt(request.getParameter("from")),
                  Integer.parseInt(request.getParameter("count")));
          case "remove" -> remove(users);
          default -> throw new IllegalArgumentException(request.getParameter("action"));
        };
    response.setContentType("text/plain");
    response.getWriter().print(answer);
  }

  private String createUsers(List<PortalUsers.User> users) {
    IdentityService identity = engine.getIdentityService();
    for (PortalUsers.User bench : users) {
      if (identity.createUserQuery().userId(bench.id()).count() > 0) {
        identity.deleteUser(bench.id());
      }
      // No e-mail address: the benchmark measures pages, not the mail of a thousand task notices.
      User user = identity.newUser(bench.id());
      user.setFirstName("Bench");
      user.setLastName(bench.id());
      user.setPassword(bench.password());
      identity.saveUser(user);
      bench.groups().forEach(group -> identity.createMembership(bench.id(), group));
    }
    return users.size() + " users";
  }

  /**
   * Proposals {@code from} to {@code from + count - 1} in the seeded units: of each five
   * consecutive ones (one proposer, one unit) three wait for the unit manager's decision, one for
   * communications, and one has been agreed to and waits for IT and for its proposer to record the
   * account. The proposers and units take turns so that every user and every manager has some;
   * nobody proposes in a unit they manage.
   */
  private String propose(List<PortalUsers.User> users, int from, int count) {
    List<String> communications =
        users.stream()
            .filter(user -> user.in(Roles.COMMUNICATIONS))
            .map(PortalUsers.User::id)
            .toList();
    for (int k = from; k < from + count; k++) {
      Proposal proposal = LifecycleFixture.proposal(String.format(Locale.ROOT, "Ehdotus %05d", k));
      proposal.setUnitCode(RegistrySeed.unitCode((k / 5) % RegistrySeed.UNITS));
      Channel channel = CHANNELS[(k + k / 5) % CHANNELS.length];
      proposal.setChannel(channel);
      proposal.setAccountUrl(null);
      proposal.setTermsOfUseUrl(
          "https://example.org/" + channel.name().toLowerCase(Locale.ROOT) + "/terms");
      // Unit u is managed by user u % managers (PortalUsers.managers): the next user proposes, so
      // that no manager has to decide their own proposal.
      Profile profile =
          proposals.submit(
              proposal,
              users.get(((k / 5) % RegistrySeed.UNITS + 1 + 5 * (k / 100)) % users.size()).id());
      if (k % 5 >= 3) {
        Task decision = task(profile, MANAGER_DECISION);
        decisions.decide(decision.getId(), Decision.approve(), decision.getAssignee());
        if (k % 5 == 4) {
          // Nor does anyone agree to their own.
          String agreeing =
              communications.stream()
                  .filter(id -> !id.equals(profile.getProposerId()))
                  .skip(k % Math.max(1, communications.size() - 1))
                  .findFirst()
                  .orElseThrow();
          agreement.agree(task(profile, COMMUNICATIONS_AGREEMENT).getId(), agreeing);
        }
      }
    }
    return count + " proposals";
  }

  private Task task(Profile profile, String taskKey) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(profile.getProcessInstanceId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("No " + taskKey + " task for profile " + profile.getId());
    }
    return task;
  }

  /** The benchmark users' processes, running and in the history, and the users. */
  private String remove(List<PortalUsers.User> users) {
    int running = 0;
    List<String> ids;
    do {
      ids =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processDefinitionKey(PROCESS_KEY)
              .variableValueLike(VAR_PROPOSER, PortalUsers.PREFIX + "%")
              .listPage(0, 200)
              .stream()
              .map(ProcessInstance::getId)
              .toList();
      if (!ids.isEmpty()) {
        engine
            .getRuntimeService()
            .deleteProcessInstancesIfExists(ids, "portal benchmark over", true, true, true);
        running += ids.size();
      }
    } while (!ids.isEmpty());
    int finished = 0;
    do {
      ids =
          engine
              .getHistoryService()
              .createHistoricProcessInstanceQuery()
              .processDefinitionKey(PROCESS_KEY)
              .variableValueLike(VAR_PROPOSER, PortalUsers.PREFIX + "%")
              .listPage(0, 200)
              .stream()
              .map(HistoricProcessInstance::getId)
              .toList();
      if (!ids.isEmpty()) {
        engine.getHistoryService().deleteHistoricProcessInstancesIfExists(ids);
        finished += ids.size();
      }
    } while (!ids.isEmpty());
    for (PortalUsers.User user : users) {
      engine.getIdentityService().deleteUser(user.id());
    }
    return running + " running and " + finished + " historic processes, " + users.size() + " users";
  }
}
