package fi.virkaprofiili.platform.engine;

import static fi.virkaprofiili.platform.config.Settings.JOB_IDLE_WAIT_SECONDS;
import static fi.virkaprofiili.platform.config.Settings.JOB_LOCK_SECONDS;

import fi.virkaprofiili.platform.NotReadyException;
import fi.virkaprofiili.platform.config.Settings;
import fi.virkaprofiili.platform.database.SchemaMigration;
import fi.virkaprofiili.platform.health.StartupProgress;
import fi.virkaprofiili.processes.FakeProfileReport;
import fi.virkaprofiili.processes.ManagerAway;
import fi.virkaprofiili.processes.PersonLeft;
import fi.virkaprofiili.processes.ProfileLifecycle;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Starts the embedded process engine once the schema is migrated, deploys the processes and makes
 * the engine known to Cockpit, Admin and the REST API in the same application. Started by {@code
 * StartupSequence}; until then (the database was not there yet) {@link #processEngine()} refuses
 * with {@link NotReadyException}, which people meet as "try again shortly".
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
// start and stop are called by the start-up sequence only; the engine is read by every request,
// which must not queue behind a start that waits on the database
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessEngineBootstrap {

  public static final String ENGINE_NAME = "default";
  public static final String DEPLOYMENT_NAME = "virkaprofiili";
  public static final List<String> PROCESS_RESOURCES =
      List.of(
          ProfileLifecycle.RESOURCE,
          ProfileLifecycle.REVIEW_INTERVAL_RESOURCE,
          FakeProfileReport.RESOURCE,
          PersonLeft.RESOURCE,
          ManagerAway.RESOURCE);

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Resource(lookup = "java:appserver/TransactionManager")
  private TransactionManager transactionManager;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory threadFactory;

  @Inject private BeanManager beanManager;
  // Resolved once: BeanManager.getEvent().select(...) per task built the event anew each time.
  @Inject private Event<TaskAssigned> taskAssigned;
  @Inject private EngineTransactions transactions;
  @Inject private StartupProgress progress;

  private volatile ProcessEngine processEngine;

  /** Starts the engine, unless it runs already; a failed start leaves nothing half-started. */
  public synchronized void start() {
    if (processEngine != null) {
      return;
    }
    EngineSchemaCheck.requireSchemaOfThisEngine(dataSource);
    EngineSchemaCheck.requireEngineTables(dataSource);
    ProcessEngine started = configuration().buildProcessEngine();
    try {
      deployProcesses(started);
      RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(started);
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
    processEngine = started;
    progress.engineRunning(true);
    LOG.info("Process engine '" + ENGINE_NAME + "' is up");
  }

  private ProcessEngineConfiguration configuration() {
    // Commands that begin a transaction get it from the container, or their connection is not
    // enlisted in it (see EngineTransactions).
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration() {
          @Override
          protected CommandInterceptor createTransactionInterceptor(boolean requiresNew) {
            return new ContainerTransactionInterceptor(
                getTransactionManager(), transactions, requiresNew, this);
          }
        };
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionContextFactory(
        new QueryTransactionContextFactory(transactionManager));
    configuration.setTransactionsExternallyManaged(true);
    // Liquibase owns the schema; the engine only verifies it.
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setAuthorizationEnabled(true);
    configuration.setExpressionManager(new CdiExpressionManager(beanManager));
    configuration.setJobExecutor(jobExecutor());
    configuration.setJobExecutorActivate(true);
    configuration.setJobExecutorDeploymentAware(false);
    // An advisory against 7.24 CE concerns expressions injected through task queries.
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setEnableExpressionsInStoredQueries(false);
    withoutUserLock(configuration);
    // People signed in through an OpenID Connect provider keep its user names, which may be
    // addresses such as anna.virtanen@example.fi (Camunda's default takes letters and digits only).
    configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}|camunda-admin");
    configuration.getProcessEnginePlugins().add(new TaskAssignmentPlugin(taskAssigned::fire));
    return configuration;
  }

  /**
   * Every node runs the job executor against the one database; the engine's optimistic locking lets
   * one node run each job. A node locks the jobs it takes for {@link #JOB_LOCK_SECONDS}: when it
   * dies holding them, another node takes them once the lock has expired and it next looks, so at
   * most lock time plus idle wait after the death (90 + 10 s by default, against Camunda's 5
   * minutes plus a minute). The lock must outlast the longest job, or a second node would start a
   * job still running: a job here makes a few queries and writes its e-mails to the outbox, which
   * sends them apart from the job.
   */
  ManagedJobExecutor jobExecutor() {
    ManagedJobExecutor executor = new ManagedJobExecutor(threadFactory);
    executor.setLockTimeInMillis(Settings.number(JOB_LOCK_SECONDS, 90) * 1000);
    executor.setMaxWait(Settings.number(JOB_IDLE_WAIT_SECONDS, 10) * 1000L);
    return executor;
  }

  /**
   * No lock on users and no delay that refuses the right password after a wrong one: with them
   * anyone could lock anyone out. SignInThrottle slows guessing instead (see
   * NoLockIdentityProvider).
   */
  static void withoutUserLock(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(
        new GenericManagerFactory(NoLockIdentityProvider.class));
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayFactor(0);
  }

  private static void deployProcesses(ProcessEngine processEngine) {
    DeploymentBuilder deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("virkaprofiili-processes")
            .enableDuplicateFiltering(true);
    PROCESS_RESOURCES.forEach(deployment::addClasspathResource);
    deployment.deploy();
  }

  @PreDestroy
  synchronized void stop() {
    progress.engineRunning(false);
    if (processEngine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(processEngine);
      processEngine.close();
      processEngine = null;
    }
  }

  public ProcessEngine processEngine() {
    ProcessEngine running = processEngine;
    if (running == null) {
      throw new NotReadyException("The process engine is not running (yet)");
    }
    return running;
  }
}
