package fi.virkaprofiili.web.bench;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;

import fi.virkaprofiili.platform.database.StatementCounter;
import fi.virkaprofiili.platform.engine.ProcessEngineBootstrap;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The baseline: a {@link RawEngine} running the same BPMN and DMN with delegates that do nothing.
 * It drives the lifecycle the benchmark drives through the boundaries, with the same variables,
 * straight through the engine's services.
 */
final class RawLifecycle implements AutoCloseable {

  static final String ENGINE_NAME = "lifecycle-benchmark-raw";

  private static final List<String> DELEGATES =
      List.of(
          CHECK_COMPLETENESS_BEAN,
          PUBLISH_LISTING_BEAN,
          SEND_DECISION_REMINDER_BEAN,
          ESCALATE_DECISION_BEAN,
          ANNOUNCE_CLOSURE_IN_REGISTRY_BEAN,
          NOTIFY_CLOSURE_BEAN,
          MARK_CLOSED_BEAN);

  private static final Deadlines DEADLINES = new Deadlines();

  private final RawEngine raw;
  private final ProcessEngine engine;
  private final ProcessSteps steps;

  RawLifecycle(String url, String user, String password) {
    raw =
        new RawEngine(
            ENGINE_NAME,
            url,
            user,
            password,
            0,
            configuration -> configuration.setExpressionManager(new MockExpressionManager()));
    engine = raw.engine();
    steps = new ProcessSteps(engine);
    deploy();
  }

  /**
   * The same resources under the application's deployment name: with duplicate filtering, the
   * engine finds them deployed already and both engines run the one process definition.
   */
  private void deploy() {
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(ProcessEngineBootstrap.DEPLOYMENT_NAME)
            .source("virkaprofiili-processes")
            .enableDuplicateFiltering(true);
    ProcessEngineBootstrap.PROCESS_RESOURCES.forEach(deployment::addClasspathResource);
    deployment.deploy();
  }

  /**
   * Proposal to closed, with the variables the boundaries set; returns the process instance id. The
   * no-op delegates are registered for this lifecycle only: every engine's expressions look at the
   * thread's mocks first, the application's too.
   */
  String lifecycle(long profileId) {
    JavaDelegate nothing = execution -> {};
    DELEGATES.forEach(bean -> Mocks.register(bean, nothing));
    Mocks.register(DEADLINES_BEAN, DEADLINES);
    try {
      return drive(profileId);
    } finally {
      Mocks.reset();
    }
  }

  private String drive(long profileId) {
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    Map<String, Object> proposal = new HashMap<>();
    proposal.put(VAR_UNIT_MANAGER, "markus");
    proposal.put(VAR_KIND, "ORGANISATION");
    proposal.put(VAR_EXPERT, null);
    proposal.put(VAR_PROFILE_ID, profileId);
    proposal.put(VAR_PROPOSER, "sanna");
    String process =
        runtime.startProcessInstanceByKey(PROCESS_KEY, Long.toString(profileId), proposal).getId();

    tasks.complete(steps.task(process, MANAGER_DECISION), Map.of(VAR_DECISION, APPROVE));
    String agreement = steps.task(process, COMMUNICATIONS_AGREEMENT);
    tasks.setAssignee(agreement, "tiina");
    tasks.complete(agreement, Map.of(VAR_AGREEMENT, AGREE));
    tasks.complete(steps.task(process, REGISTER_ACCESS));
    tasks.complete(steps.task(process, RECORD_ACCOUNT_ADDRESS));
    steps.runJobs(process, SET_UP_DONE, 2);
    steps.runJobs(process, PUBLISH_LISTING, 1);

    steps.runJobs(process, REVIEW_DUE, 1);
    tasks.complete(steps.task(process, PERIODIC_REVIEW), Map.of(VAR_REVIEW_OUTCOME, CONTINUE));

    runtime
        .createMessageCorrelation(CLOSURE_REQUESTED_MESSAGE)
        .processInstanceId(process)
        .correlate();
    Date closingDate = Date.from(Instant.now().plus(Duration.ofDays(30)));
    tasks.complete(
        steps.task(process, CLOSURE_DECISION),
        Map.of(VAR_CLOSURE, CLOSE, VAR_CLOSING_DATE, closingDate));
    steps.runJobs(process, ANNOUNCE_CLOSURE_IN_REGISTRY, 1);
    steps.runJobs(process, NOTIFY_CLOSURE, 1);
    tasks.complete(steps.task(process, POST_CLOSURE_NOTICE));
    steps.runJobs(process, NOTICES_GIVEN, 3);
    steps.runJobs(process, CLOSING_DATE_REACHED, 1);
    tasks.complete(steps.task(process, REVOKE_ACCESS));
    tasks.complete(steps.task(process, CLOSE_ACCOUNT));
    steps.runJobs(process, CLOSED_DOWN, 2);
    steps.runJobs(process, MARK_CLOSED, 1);
    return process;
  }

  boolean closed(String processInstanceId) {
    return steps.endedAt(processInstanceId, PROFILE_CLOSED);
  }

  /** What this engine ran on its connections. */
  StatementCounter statements() {
    return raw.statements();
  }

  @Override
  public void close() {
    raw.close();
  }

  /** The timer dates the application's {@code deadlines} bean gives, at its default delays. */
  public static final class Deadlines {
    public Date decisionReminder() {
      return daysFromNow(7);
    }

    public Date decisionEscalation() {
      return daysFromNow(14);
    }

    public Date reviewOverdue() {
      return daysFromNow(14);
    }

    public Date reviewDue(String interval) {
      return Date.from(
          java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Helsinki"))
              .plus(java.time.Period.parse(interval))
              .toInstant());
    }

    public Date closureNoticeDue(Date closingDate) {
      return Date.from(closingDate.toInstant().minus(Duration.ofDays(7)));
    }

    public Date closureNoticeReminder(Date closingDate) {
      return Date.from(closureNoticeDue(closingDate).toInstant().minus(Duration.ofDays(3)));
    }

    private static Date daysFromNow(int days) {
      return Date.from(Instant.now().plus(Duration.ofDays(days)));
    }
  }
}
