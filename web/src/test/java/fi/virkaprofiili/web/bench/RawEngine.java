package fi.virkaprofiili.web.bench;

import fi.virkaprofiili.platform.database.StatementCounter;
import java.util.function.Consumer;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The benchmarks' baseline engine, built one way for all of them: a plain Camunda engine on the
 * same database and tables as the application's, history full, UUID ids and authorization on as in
 * the application (nobody is authenticated, so nothing is checked), its job executor off, on a
 * MyBatis pool of its own named {@code raw-engine} (so that the database tells its statements from
 * the application's), whose statements and commits are counted. Each benchmark adds what it needs
 * through {@code customise} (beans, an expression manager).
 */
final class RawEngine implements AutoCloseable {

  private final StatementCounter sql = new StatementCounter();
  private final PooledDataSource pool;
  private final ProcessEngine engine;

  /**
   * {@code connections}: the pool's size, or 0 for MyBatis's default (10); {@code customise} sees
   * the configuration after the common settings, before the engine is built.
   */
  RawEngine(
      String name,
      String url,
      String user,
      String password,
      int connections,
      Consumer<StandaloneProcessEngineConfiguration> customise) {
    pool =
        new PooledDataSource(
            RawEngine.class.getClassLoader(),
            "org.postgresql.Driver",
            url + (url.contains("?") ? "&" : "?") + "ApplicationName=raw-engine",
            user,
            password);
    if (connections > 0) {
      pool.setPoolMaximumActiveConnections(connections);
      pool.setPoolMaximumIdleConnections(connections);
    }
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(sql.counting(pool));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    customise.accept(configuration);
    try {
      engine = configuration.buildProcessEngine();
    } catch (RuntimeException e) {
      pool.forceCloseAll();
      throw e;
    }
  }

  ProcessEngine engine() {
    return engine;
  }

  /** What this engine ran on its connections. */
  StatementCounter statements() {
    return sql;
  }

  @Override
  public void close() {
    engine.close();
    pool.forceCloseAll();
  }
}
