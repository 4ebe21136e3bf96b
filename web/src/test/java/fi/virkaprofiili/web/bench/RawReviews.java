package fi.virkaprofiili.web.bench;

import fi.virkaprofiili.platform.database.StatementCounter;
import fi.virkaprofiili.processes.ProfileLifecycle;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The reviews benchmark's baseline: a plain Camunda engine on the same database and tables, history
 * full and ids as the application's engine, with Camunda's own default job executor (its thread
 * pool and acquisition as Camunda ships them), running the same deployment. Its expressions find
 * the {@code deadlines} bean in the engine's bean map, so that the job executor's threads resolve
 * it (the thread-bound {@code Mocks} of {@link RawLifecycle} do not reach them). The job executor
 * runs only while {@link #startJobExecutor()} has it on: the two engines share the tables, and each
 * would take the other's jobs.
 */
final class RawReviews implements AutoCloseable {

  static final String ENGINE_NAME = "reviews-benchmark-raw";

  private final StatementCounter sql = new StatementCounter();
  private final PooledDataSource pool;
  private final ProcessEngine engine;

  RawReviews(String url, String user, String password) {
    pool =
        new PooledDataSource(
            RawReviews.class.getClassLoader(),
            "org.postgresql.Driver",
            url + (url.contains("?") ? "&" : "?") + "ApplicationName=raw-engine",
            user,
            password);
    // Room for the job executor's ten threads, its acquisition and the benchmark's starters.
    pool.setPoolMaximumActiveConnections(20);
    pool.setPoolMaximumIdleConnections(20);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setDataSource(sql.counting(pool));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    Map<Object, Object> beans = new HashMap<>();
    beans.put(ProfileLifecycle.DEADLINES_BEAN, new RawLifecycle.Deadlines());
    configuration.setBeans(beans);
    engine = configuration.buildProcessEngine();
  }

  ProcessEngine engine() {
    return engine;
  }

  private JobExecutor jobExecutor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
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
    return sql;
  }

  @Override
  public void close() {
    stopJobExecutor();
    engine.close();
    pool.forceCloseAll();
  }
}
