package fi.virkaprofiili.web.bench;

import fi.virkaprofiili.platform.database.StatementCounter;
import fi.virkaprofiili.processes.ProfileLifecycle;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * The reviews benchmark's baseline: a {@link RawEngine} with Camunda's own default job executor
 * (its thread pool and acquisition as Camunda ships them), running the same deployment. Its
 * expressions find the {@code deadlines} bean in the engine's bean map, so that the job executor's
 * threads resolve it (the thread-bound {@code Mocks} of {@link RawLifecycle} do not reach them).
 * The job executor runs only while {@link #startJobExecutor()} has it on: the two engines share the
 * tables, and each would take the other's jobs.
 */
final class RawReviews implements AutoCloseable {

  static final String ENGINE_NAME = "reviews-benchmark-raw";

  private final RawEngine raw;

  RawReviews(String url, String user, String password) {
    // Room for the job executor's ten threads, its acquisition and the benchmark's starters.
    raw =
        new RawEngine(
            ENGINE_NAME,
            url,
            user,
            password,
            20,
            configuration -> {
              Map<Object, Object> beans = new HashMap<>();
              beans.put(ProfileLifecycle.DEADLINES_BEAN, new RawLifecycle.Deadlines());
              configuration.setBeans(beans);
            });
  }

  ProcessEngine engine() {
    return raw.engine();
  }

  private JobExecutor jobExecutor() {
    return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration())
        .getJobExecutor();
  }

  void startJobExecutor() {
    jobExecutor().start();
  }

  void stopJobExecutor() {
    jobExecutor().shutdown();
  }

  /** What this engine ran on its connections. */
  StatementCounter statements() {
    return raw.statements();
  }

  @Override
  public void close() {
    stopJobExecutor();
    raw.close();
  }
}
