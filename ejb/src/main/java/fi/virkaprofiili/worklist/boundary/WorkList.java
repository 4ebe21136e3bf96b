package fi.virkaprofiili.worklist.boundary;

import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.worklist.control.Segments;
import fi.virkaprofiili.worklist.control.VisibleTasks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The portal's own task list: the tasks of a person and of their groups, most urgent first, a page
 * at a time. People other than administrators never reach the engine's query API; they see tasks
 * only through here and the boundaries that act on one task ({@link TaskClaims}, {@link
 * TaskComments}, {@link TaskFollowUps}), and only tasks that are theirs.
 */
@Stateless
public class WorkList {

  public static final int PAGE_MAX = 100;

  @Inject private TaskListParts parts;
  @Inject private WorkItems items;
  @Inject private VisibleTasks visible;
  @Inject private OrganisationTime time;

  /**
   * A page of the user's tasks and their groups' tasks, by urgency: overdue first, then due
   * soonest, then those with no due date; within each, higher priority and then older first. Tasks
   * put off until a follow-up date still ahead come last, the soonest back first.
   */
  public List<WorkItem> page(
      @NotBlank String userId,
      @NotNull @Valid TaskFilter filter,
      @Min(0) int first,
      @Min(0) @Max(PAGE_MAX) int max) {
    Instant now = time.now();
    List<TaskQuery> queries = parts.of(userId, filter, now);
    return page(queries, queries.stream().mapToLong(TaskQuery::count).toArray(), first, max, now);
  }

  /**
   * The same page, placed with the counts that {@link #counts} has just given for the same user and
   * filter: a table that counts its rows and then reads a page (as PrimeFaces' lazy tables do)
   * counts once. Counts that have meanwhile changed only shift the page, as reading it a moment
   * later would; the tasks are still only the user's.
   */
  public List<WorkItem> page(
      @NotBlank String userId,
      @NotNull @Valid TaskFilter filter,
      @NotNull TaskCounts counts,
      @Min(0) int first,
      @Min(0) @Max(PAGE_MAX) int max) {
    Instant now = time.now();
    List<TaskQuery> queries = parts.of(userId, filter, now);
    long[] known = counts.asArray();
    // Counts of another filter (another number of parts) cannot place this page: count again.
    return page(
        queries,
        known.length == queries.size()
            ? known
            : queries.stream().mapToLong(TaskQuery::count).toArray(),
        first,
        max,
        now);
  }

  private List<WorkItem> page(
      List<TaskQuery> queries, long[] counts, int first, int max, Instant now) {
    List<Task> tasks = new ArrayList<>();
    for (Segments.Slice slice : Segments.page(counts, first, max)) {
      tasks.addAll(queries.get(slice.segment()).listPage(slice.first(), slice.size()));
    }
    return items.of(tasks, now);
  }

  /** How many tasks the filter leaves, for the pages to show. */
  public long count(@NotBlank String userId, @NotNull @Valid TaskFilter filter) {
    return counts(userId, filter).total();
  }

  /**
   * How many tasks the filter leaves in each part of the list, for {@link #page(String, TaskFilter,
   * TaskCounts, int, int)}.
   */
  public TaskCounts counts(@NotBlank String userId, @NotNull @Valid TaskFilter filter) {
    return new TaskCounts(
        parts.of(userId, filter, time.now()).stream().map(TaskQuery::count).toList());
  }

  /** One task, if the user may see it. */
  public WorkItem task(@NotBlank String taskId, @NotBlank String userId) {
    return items.of(List.of(visible.task(taskId, userId, "open")), time.now()).get(0);
  }
}
