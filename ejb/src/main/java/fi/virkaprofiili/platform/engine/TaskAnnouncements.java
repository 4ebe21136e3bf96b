package fi.virkaprofiili.platform.engine;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Passes task assignments on to their observers on one long-lived thread, in the order they were
 * committed, so that whoever completed the previous step need not wait for e-mail. Handing each
 * assignment to the managed executor instead cost more than the completion that caused it: Payara
 * captures the caller's context for every task it is given, and looks its context providers up on
 * the class path each time. If the queue is full or the thread has stopped, an assignment goes to
 * the fallback executor, so none is dropped.
 */
final class TaskAnnouncements implements AutoCloseable {

  static final int CAPACITY = 10_000;

  private static final Logger LOG = Logger.getLogger(TaskAnnouncements.class.getName());
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  private final BlockingQueue<TaskAssigned> waiting;
  private final Consumer<TaskAssigned> observers;
  private final Executor fallback;
  private final Thread worker;
  private volatile boolean open = true;

  TaskAnnouncements(ThreadFactory threads, Executor fallback, Consumer<TaskAssigned> observers) {
    this(threads, fallback, observers, CAPACITY);
  }

  TaskAnnouncements(
      ThreadFactory threads, Executor fallback, Consumer<TaskAssigned> observers, int capacity) {
    this.waiting = new LinkedBlockingQueue<>(capacity);
    this.observers = observers;
    this.fallback = fallback;
    this.worker = threads.newThread(this::deliver);
    worker.setName("virkaprofiili-task-announcements");
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues the assignment for its observers; never blocks the committing thread. */
  void announce(TaskAssigned assigned) {
    if (!open || !waiting.offer(assigned)) {
      fallback.execute(() -> tell(assigned));
    }
  }

  private void deliver() {
    while (open || !waiting.isEmpty()) {
      try {
        TaskAssigned assigned = waiting.poll(1, TimeUnit.SECONDS);
        if (assigned != null) {
          tell(assigned);
        }
      } catch (InterruptedException e) {
        if (open) {
          LOG.warning(
              "Task announcements interrupted; the remaining ones go to the fallback executor");
        }
        Thread.currentThread().interrupt();
        break;
      }
    }
    open = false;
    // Whatever arrived meanwhile is not lost with the thread.
    for (TaskAssigned left; (left = waiting.poll()) != null; ) {
      TaskAssigned assigned = left;
      fallback.execute(() -> tell(assigned));
    }
  }

  private void tell(TaskAssigned assigned) {
    try {
      observers.accept(assigned);
    } catch (RuntimeException e) {
      // One failing observer (a mail server down) must not stop the announcements of others.
      LOG.log(Level.WARNING, "Announcing task " + assigned.taskId() + " failed", e);
    }
  }

  /** Delivers what is queued, then stops the thread. */
  @Override
  public void close() {
    open = false;
    try {
      worker.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (worker.isAlive()) {
      worker.interrupt();
    }
  }
}
