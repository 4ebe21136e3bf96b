package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.COMMUNICATIONS_AGREEMENT;
import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;
import static fi.virkaprofiili.processes.ProfileLifecycle.PERIODIC_REVIEW;
import static fi.virkaprofiili.processes.ProfileLifecycle.REGISTER_ACCESS;
import static fi.virkaprofiili.processes.ProfileLifecycle.REVIEW_DUE;

import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.database.SchemaMigration;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.DraftOf;
import fi.virkaprofiili.proposal.boundary.Drafts;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Test deployment only: what {@link TwoNodesIT} does on one node of two, through this node's
 * boundaries and engine. POST {@code step=} with its parameters; the answer is {@code key=value}
 * lines.
 *
 * <ul>
 *   <li>{@code approve&name=}: a proposal approved and agreed to, waiting for its set-up; answers
 *       {@code profile=} and {@code account=};
 *   <li>{@code submit&name=}, {@code decide&profile=}, {@code agree&profile=}: the steps of {@code
 *       approve} one by one, so that each is acknowledged by itself ({@link TwoNodeFaultsIT});
 *       submit answers {@code profile=};
 *   <li>{@code list&profile=}: the profile set up and listed;
 *   <li>{@code person}: a new staff member; answers {@code user=};
 *   <li>{@code draft&user=&name=}: a draft of a new proposal saved for the user;
 *   <li>{@code holdReviewTimer&profile=}: the profile's review timer due now and locked by this
 *       node's job executor, as its acquisition locks a job it is about to run, so that the node
 *       dies holding it; answers {@code owner=};
 *   <li>{@code jobs&profile=&owner=}: whether the profile's review timer is still there, whether
 *       its review task is, and how many jobs {@code owner} still holds;
 *   <li>{@code owner}: the name this node's job executor locks jobs with.
 * </ul>
 */
@WebServlet("/it/two-nodes")
public class TwoNodesSeed extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient LifecycleFixture fixture;
  @Inject private transient ProposalService proposals;
  @Inject private transient DecisionService decisions;
  @Inject private transient CommunicationsAgreement agreement;
  @Inject private transient ProcessEngine engine;
  @Inject private transient Drafts drafts;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private transient DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> answer = new LinkedHashMap<>();
    try {
      switch (request.getParameter("step")) {
        case "approve" -> approve(request.getParameter("name"), answer);
        case "submit" -> answer.put("profile", submit(request.getParameter("name")).getId());
        case "decide" -> decide(profileOf(request));
        case "agree" -> agree(profileOf(request));
        case "owner" -> answer.put("owner", executor().getLockOwner());
        case "list" -> list(Long.parseLong(request.getParameter("profile")));
        case "person" -> answer.put("user", person());
        case "draft" -> draft(request.getParameter("user"), request.getParameter("name"));
        case "holdReviewTimer" ->
            answer.put("owner", holdReviewTimer(Long.parseLong(request.getParameter("profile"))));
        case "jobs" ->
            jobs(
                Long.parseLong(request.getParameter("profile")),
                request.getParameter("owner"),
                answer);
        default -> throw new IllegalArgumentException("no step " + request.getParameter("step"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    StringBuilder body = new StringBuilder();
    answer.forEach((key, value) -> body.append(key).append('=').append(value).append('\n'));
    response.getWriter().write(body.toString());
  }

  private void approve(String name, Map<String, Object> answer) {
    Profile profile = submit(name);
    decide(profile);
    agree(profile);
    answer.put("profile", profile.getId());
    answer.put("account", profile.getAccountUrl());
  }

  private Profile submit(String name) {
    return proposals.submit(LifecycleFixture.proposal(name), "sanna");
  }

  private void decide(Profile profile) {
    decisions.decide(
        fixture.taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), "markus");
  }

  private void agree(Profile profile) {
    agreement.agree(fixture.taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
  }

  private Profile profileOf(HttpServletRequest request) {
    return proposals.profile(Long.parseLong(request.getParameter("profile")));
  }

  private JobExecutor executor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
  }

  /** A staff member of their own (a unit's manager too), whose password is their id. */
  private String person() {
    String user = "p" + UUID.randomUUID().toString().substring(0, 8);
    fixture.ownUnit(user);
    return user;
  }

  /** A new proposal's draft, as the wizard saves it when its author moves to the next step. */
  private void draft(String user, String name) {
    Proposal written = new Proposal();
    written.setName(name);
    drafts.save(DraftOf.newProposal(), written, "PURPOSE", user);
  }

  private void list(long profileId) throws InterruptedException {
    Profile profile = proposals.profile(profileId);
    fixture.awaitTask(profile, REGISTER_ACCESS);
    fixture.setUp(profile);
    fixture.awaitState(profileId, ProfileState.LISTED);
  }

  private String holdReviewTimer(long profileId) throws InterruptedException, SQLException {
    Profile profile = proposals.profile(profileId);
    Job timer =
        LifecycleFixture.await(
            () -> reviewTimer(profile), "no review timer for profile " + profileId);
    JobExecutor executor = executor();
    Instant now = Instant.now();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lock =
            connection.prepareStatement(
                "update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ?, DUEDATE_ = ?,"
                    + " REV_ = REV_ + 1 where ID_ = ? and LOCK_OWNER_ is null")) {
      lock.setString(1, executor.getLockOwner());
      lock.setTimestamp(2, Timestamp.from(now.plusMillis(executor.getLockTimeInMillis())));
      lock.setTimestamp(3, Timestamp.from(now.minusSeconds(1)));
      lock.setString(4, timer.getId());
      if (lock.executeUpdate() != 1) {
        throw new IllegalStateException("the review timer was taken meanwhile");
      }
    }
    return executor.getLockOwner();
  }

  private void jobs(long profileId, String owner, Map<String, Object> answer) throws SQLException {
    Profile profile = proposals.profile(profileId);
    answer.put("reviewTimer", reviewTimer(profile) != null);
    answer.put(
        "reviewTask",
        engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(profile.getProcessInstanceId())
                .taskDefinitionKey(PERIODIC_REVIEW)
                .count()
            == 1);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement held =
            connection.prepareStatement("select count(*) from ACT_RU_JOB where LOCK_OWNER_ = ?")) {
      held.setString(1, owner);
      try (ResultSet count = held.executeQuery()) {
        count.next();
        answer.put("held", count.getLong(1));
      }
    }
    answer.put("owner", executor().getLockOwner());
  }

  private Job reviewTimer(Profile profile) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(profile.getProcessInstanceId())
        .activityId(REVIEW_DUE)
        .timers()
        .singleResult();
  }
}
