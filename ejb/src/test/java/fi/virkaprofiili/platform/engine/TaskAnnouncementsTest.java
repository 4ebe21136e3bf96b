package fi.virkaprofiili.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TaskAnnouncementsTest {

  private final List<String> told = new CopyOnWriteArrayList<>();
  private final List<String> toldOnThreads = new CopyOnWriteArrayList<>();
  private final List<String> fallenBack = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Boolean> inFallback = ThreadLocal.withInitial(() -> false);

  @Test
  void assignmentsReachTheObserversInCommitOrderOnAThreadOfTheirOwn() throws Exception {
    try (TaskAnnouncements announcements =
        announcements(this::remember, TaskAnnouncements.CAPACITY)) {
      announcements.announce(assigned("t1"));
      announcements.announce(assigned("t2"));
      announcements.announce(assigned("t3"));
    }
    assertThat(told).containsExactly("t1", "t2", "t3");
    assertThat(toldOnThreads).containsOnly("virkaprofiili-task-announcements");
    assertThat(fallenBack).isEmpty();
  }

  @Test
  void aFailingObserverDoesNotStopTheAnnouncementsAfterIt() {
    try (TaskAnnouncements announcements =
        announcements(
            assigned -> {
              if (assigned.taskId().equals("broken")) {
                throw new IllegalStateException("mail server down");
              }
              remember(assigned);
            },
            TaskAnnouncements.CAPACITY)) {
      announcements.announce(assigned("broken"));
      announcements.announce(assigned("after"));
    }
    assertThat(told).containsExactly("after");
  }

  @Test
  void whatDoesNotFitTheQueueGoesToTheFallbackExecutor() throws Exception {
    CountDownLatch observerHeld = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (TaskAnnouncements announcements =
        announcements(
            assigned -> {
              if (assigned.taskId().equals("being told")) {
                observerHeld.countDown();
                await(release);
              }
              remember(assigned);
            },
            1)) {
      announcements.announce(assigned("being told"));
      assertThat(observerHeld.await(5, TimeUnit.SECONDS)).isTrue();
      announcements.announce(assigned("queued"));
      announcements.announce(assigned("no room"));
      release.countDown();
    }
    assertThat(fallenBack).containsExactly("no room");
    assertThat(told).containsExactly("no room", "being told", "queued");
  }

  @Test
  void afterClosingAnnouncementsStillReachTheObserversThroughTheFallback() {
    TaskAnnouncements announcements = announcements(this::remember, TaskAnnouncements.CAPACITY);
    announcements.close();
    announcements.announce(assigned("late"));
    assertThat(fallenBack).containsExactly("late");
    assertThat(told).containsExactly("late");
  }

  private TaskAnnouncements announcements(Consumer<TaskAssigned> observers, int capacity) {
    return new TaskAnnouncements(
        Thread::new,
        runnable -> {
          // The fallback runs at once, on the caller's thread, so the test sees what went through
          // it.
          inFallback.set(true);
          try {
            runnable.run();
          } finally {
            inFallback.set(false);
          }
        },
        observers,
        capacity);
  }

  private void remember(TaskAssigned assigned) {
    if (inFallback.get()) {
      fallenBack.add(assigned.taskId());
    }
    told.add(assigned.taskId());
    toldOnThreads.add(Thread.currentThread().getName());
  }

  private static TaskAssigned assigned(String taskId) {
    return new TaskAssigned(taskId, "managerDecision", "markus", Set.of(), Set.of(), 1L, null);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
