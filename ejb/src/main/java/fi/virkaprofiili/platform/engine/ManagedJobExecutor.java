package fi.virkaprofiili.platform.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs the engine's job acquisition and jobs on container-managed threads, so that delegates called
 * from timers and asynchronous continuations have CDI, EJB, JNDI and transactions, as they do when
 * called from a request. Camunda's default executor uses plain threads, on which {@code
 * java:module} look-ups fail.
 */
public class ManagedJobExecutor extends JobExecutor {

  private final ManagedThreadFactory threadFactory;
  private final ManagedExecutorService executorService;

  public ManagedJobExecutor(
      ManagedThreadFactory threadFactory, ManagedExecutorService executorService) {
    this.threadFactory = threadFactory;
    this.executorService = executorService;
  }

  @Override
  protected void startExecutingJobs() {
    startJobAcquisitionThread();
  }

  @Override
  protected void stopExecutingJobs() {
    stopJobAcquisitionThread();
  }

  @Override
  protected void startJobAcquisitionThread() {
    if (jobAcquisitionThread == null) {
      jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
      jobAcquisitionThread.start();
    }
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    try {
      executorService.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
