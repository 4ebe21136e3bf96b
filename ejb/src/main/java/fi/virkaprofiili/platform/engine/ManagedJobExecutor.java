package fi.virkaprofiili.platform.engine;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * Runs the engine's job acquisition and jobs on container-managed threads, so that delegates called
 * from timers and asynchronous continuations have CDI, EJB, JNDI and transactions, as they do when
 * called from a request. Camunda's default executor uses plain threads, on which {@code
 * java:module} look-ups fail.
 *
 * <p>The jobs run in Camunda's own pool (3 to 10 threads, a queue of 3 batches; when it is full the
 * acquisition backs off), whose threads come from the container's managed thread factory and live
 * on. Until issue 16 each batch of jobs was handed to the container's managed executor instead:
 * Payara sets up and resets the caller's context around every task it runs, and looks its context
 * providers up with a {@code ServiceLoader} over the application's class path each time. A flight
 * recording of 2,000 reviews falling due together found 19% of the job threads' samples in those
 * class path look-ups (and the acquisition thread 100 of its 144); the executor also ran a dozen
 * jobs at once on two CPUs, unbounded.
 */
public class ManagedJobExecutor extends DefaultJobExecutor {

  /**
   * Idle threads above the core size: made by the container, so kept a while rather than at once.
   */
  private static final long KEEP_ALIVE_SECONDS = 60;

  private final ManagedThreadFactory threadFactory;

  public ManagedJobExecutor(ManagedThreadFactory threadFactory) {
    this.threadFactory = threadFactory;
  }

  @Override
  protected void startExecutingJobs() {
    if (threadPoolExecutor == null || threadPoolExecutor.isShutdown()) {
      threadPoolExecutor =
          new ThreadPoolExecutor(
              getCorePoolSize(),
              getMaxPoolSize(),
              KEEP_ALIVE_SECONDS,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(getQueueSize()),
              threadFactory,
              new ThreadPoolExecutor.AbortPolicy());
    }
    startJobAcquisitionThread();
  }

  @Override
  protected void startJobAcquisitionThread() {
    if (jobAcquisitionThread == null) {
      jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
      jobAcquisitionThread.start();
    }
  }
}
