package fi.virkaprofiili.worklist.boundary;

import static fi.virkaprofiili.processes.FakeProfileReport.VAR_REPORT_ID;
import static fi.virkaprofiili.processes.ProfileLifecycle.VAR_PROFILE_ID;

import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.processes.ProfileLifecycle;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.report.entity.FakeReport;
import fi.virkaprofiili.task.boundary.TaskAccess;
import fi.virkaprofiili.worklist.boundary.TaskFilter.Due;
import fi.virkaprofiili.worklist.boundary.TaskFilter.FollowUp;
import fi.virkaprofiili.worklist.control.Segments;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The portal's own task list: the tasks of a person and of their groups, most urgent first, a page
 * at a time. People other than administrators never reach the engine's query API; they see tasks,
 * their comments and their follow-up dates only through here, and only for tasks that are theirs.
 */
@Stateless
public class WorkList {

  public static final int PAGE_MAX = 100;

  /** "Due soon" is due within this long. */
  static final Duration SOON = Duration.ofDays(7);

  @Inject private TaskService taskService;
  @Inject private IdentityService identityService;
  @Inject private TaskAccess access;
  @Inject private OrganisationTime time;
  @PersistenceContext private EntityManager em;

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
    List<TaskQuery> parts = parts(userId, filter, now);
    return page(parts, parts.stream().mapToLong(TaskQuery::count).toArray(), first, max, now);
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
    List<TaskQuery> parts = parts(userId, filter, now);
    long[] known = counts.asArray();
    // Counts of another filter (another number of parts) cannot place this page: count again.
    return page(
        parts,
        known.length == parts.size() ? known : parts.stream().mapToLong(TaskQuery::count).toArray(),
        first,
        max,
        now);
  }

  private List<WorkItem> page(
      List<TaskQuery> parts, long[] counts, int first, int max, Instant now) {
    List<Task> tasks = new ArrayList<>();
    for (Segments.Slice slice : Segments.page(counts, first, max)) {
      tasks.addAll(parts.get(slice.segment()).listPage(slice.first(), slice.size()));
    }
    return toWorkItems(tasks, now);
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
        parts(userId, filter, time.now()).stream().map(TaskQuery::count).toList());
  }

  /**
   * The user takes a group task as theirs, so that colleagues see it is being handled. Only a
   * member of a group the task is offered to may, and only while nobody has it.
   */
  public void claim(@NotBlank String taskId, @NotBlank String userId) {
    WorkItem item = task(taskId, userId);
    if (item.getAssignee() != null) {
      throw new ConflictException(
          "error.alreadyClaimed", "Task " + taskId + " is already " + item.getAssignee() + "'s");
    }
    taskService.claim(taskId, userId);
  }

  /** The user gives a group task they claimed back to the group. */
  public void unclaim(@NotBlank String taskId, @NotBlank String userId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("error.taskGone", "Task " + taskId + " no longer waits");
    }
    boolean offeredToGroup =
        taskService.getIdentityLinksForTask(taskId).stream()
            .anyMatch(link -> link.getGroupId() != null && "candidate".equals(link.getType()));
    if (!userId.equals(task.getAssignee()) || !offeredToGroup) {
      throw new NotPermittedException(
          "Task " + taskId + " is not a group task claimed by " + userId);
    }
    taskService.setAssignee(taskId, null);
  }

  /** One task, if the user may see it. */
  public WorkItem task(@NotBlank String taskId, @NotBlank String userId) {
    return toWorkItems(List.of(visibleTask(taskId, userId, "open")), time.now()).get(0);
  }

  /** The comments on the task, oldest first, for those who may see it. */
  public List<TaskComment> comments(@NotBlank String taskId, @NotBlank String userId) {
    visibleTask(taskId, userId, "read the comments of");
    return taskService.getTaskComments(taskId).stream()
        .sorted(Comparator.comparing(Comment::getTime))
        .map(
            comment ->
                new TaskComment(
                    comment.getUserId(), comment.getTime().toInstant(), comment.getFullMessage()))
        .toList();
  }

  /** The user leaves a comment on a task that is theirs or their group's. */
  public TaskComment comment(
      @NotBlank String taskId,
      @NotBlank @Size(max = TaskComment.TEXT_MAX) String text,
      @NotBlank String userId) {
    Task task = visibleTask(taskId, userId, "comment on");
    // The engine takes a comment's author from the authenticated user, and checks that they may
    // work on the task.
    identityService.setAuthentication(userId, groupsOf(userId));
    try {
      Comment comment =
          taskService.createComment(taskId, task.getProcessInstanceId(), text.strip());
      return new TaskComment(
          comment.getUserId(), comment.getTime().toInstant(), comment.getFullMessage());
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The user puts a task that is theirs or their group's off until a day, from its start in the
   * organisation's time zone; null brings it back now. A day already past is refused.
   */
  public void followUp(@NotBlank String taskId, LocalDate day, @NotBlank String userId) {
    Task task = visibleTask(taskId, userId, "set the follow-up date of");
    if (day != null && day.isBefore(time.today())) {
      throw new InvalidRequestException(
          "error.followUpPast", "Follow-up date " + day + " of task " + taskId + " is past");
    }
    task.setFollowUpDate(day == null ? null : OrganisationTime.startOf(day));
    taskService.saveTask(task);
  }

  /** The waiting task if it is the user's or offered to their group; otherwise a logged refusal. */
  private Task visibleTask(String taskId, String userId, String action) {
    Task task = visibleTo(userId).taskId(taskId).singleResult();
    if (task != null) {
      return task;
    }
    if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
      throw new NotFoundException("error.taskGone", "Task " + taskId + " no longer waits");
    }
    throw access.refuse(userId, action, taskId, "it is neither theirs nor offered to their groups");
  }

  private TaskQuery visibleTo(String userId) {
    return visibleTo(userId, groupsOf(userId));
  }

  private TaskQuery visibleTo(String userId, List<String> groups) {
    TaskQuery query = taskService.createTaskQuery().or().taskAssignee(userId);
    if (!groups.isEmpty()) {
      query.taskCandidateGroupIn(groups);
    }
    return query.endOr();
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  /** The queries of the list's consecutive parts, in the order they are shown. */
  private List<TaskQuery> parts(String userId, TaskFilter filter, Instant now) {
    // By name, the matching subjects are found first; by channel alone, the engine filters by its
    // variable.
    List<String> processes = filter.getProfileName() != null ? processesOfSubjects(filter) : null;
    if (processes != null && processes.isEmpty()) {
      return List.of();
    }
    Date nowDate = Date.from(now);
    // The user's groups are read once for all the parts.
    List<String> groups = groupsOf(userId);
    UnaryOperator<TaskQuery> narrowed =
        query -> {
          if (filter.getTaskKey() != null) {
            query.taskDefinitionKey(filter.getTaskKey());
          }
          if (processes != null) {
            query.processInstanceIdIn(processes.toArray(String[]::new));
          } else if (filter.getChannel() != null) {
            query.processVariableValueEquals(
                ProfileLifecycle.VAR_CHANNEL, filter.getChannel().name());
          }
          if (filter.getDue() == Due.OVERDUE) {
            query.dueBefore(nowDate);
          } else if (filter.getDue() == Due.SOON) {
            query.dueAfter(nowDate).dueBefore(Date.from(now.plus(SOON)));
          }
          return query;
        };
    List<TaskQuery> parts = new ArrayList<>();
    if (filter.getFollowUp() != FollowUp.LATER) {
      // Every due date is after the epoch: this part holds the tasks that have one.
      parts.add(
          narrowed
              .apply(
                  visibleTo(userId, groups)
                      .followUpBeforeOrNotExistent(nowDate)
                      .dueAfter(new Date(0)))
              .orderByDueDate()
              .asc()
              .orderByTaskPriority()
              .desc()
              .orderByTaskCreateTime()
              .asc());
      if (filter.getDue() == Due.ANY) {
        parts.add(
            narrowed
                .apply(
                    visibleTo(userId, groups).followUpBeforeOrNotExistent(nowDate).withoutDueDate())
                .orderByTaskPriority()
                .desc()
                .orderByTaskCreateTime()
                .asc());
      }
    }
    if (filter.getFollowUp() != FollowUp.NOW) {
      parts.add(
          narrowed
              .apply(visibleTo(userId, groups).followUpAfter(nowDate))
              .orderByFollowUpDate()
              .asc()
              .orderByTaskPriority()
              .desc()
              .orderByTaskCreateTime()
              .asc());
    }
    return parts;
  }

  /** The processes of the profiles and reports that match the filter's name and channel. */
  private List<String> processesOfSubjects(TaskFilter filter) {
    List<String> processes = new ArrayList<>();
    processes.addAll(subjects(filter, "Profile", "name"));
    processes.addAll(subjects(filter, "FakeReport", "reportedAddress"));
    return processes;
  }

  private List<String> subjects(TaskFilter filter, String entity, String nameField) {
    StringBuilder jpql =
        new StringBuilder(
            "select e.processInstanceId from "
                + entity
                + " e where e.processInstanceId is not null");
    if (filter.getChannel() != null) {
      jpql.append(" and e.channel = :channel");
    }
    if (filter.getProfileName() != null) {
      jpql.append(" and lower(e.").append(nameField).append(") like :name escape '\\'");
    }
    TypedQuery<String> query = em.createQuery(jpql.toString(), String.class);
    if (filter.getChannel() != null) {
      query.setParameter("channel", filter.getChannel());
    }
    if (filter.getProfileName() != null) {
      query.setParameter(
          "name", "%" + likeEscaped(filter.getProfileName().toLowerCase(Locale.ROOT)) + "%");
    }
    return query.getResultList();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private List<WorkItem> toWorkItems(List<Task> tasks, Instant now) {
    List<String> processes = tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
    Map<String, Profile> profiles =
        byProcess(Profile.class, processes, Profile::getProcessInstanceId);
    // A process is a profile's or a report's: only those no profile claimed are looked for among
    // the reports.
    Map<String, FakeReport> reports =
        byProcess(
            FakeReport.class,
            processes.stream().filter(process -> !profiles.containsKey(process)).toList(),
            FakeReport::getProcessInstanceId);
    List<WorkItem> items = new ArrayList<>();
    for (Task task : tasks) {
      Profile profile = profiles.get(task.getProcessInstanceId());
      FakeReport report = reports.get(task.getProcessInstanceId());
      if (profile == null && report == null) {
        profile = byVariable(task, VAR_PROFILE_ID, Profile.class);
        report = byVariable(task, VAR_REPORT_ID, FakeReport.class);
      }
      items.add(
          new WorkItem(
              task.getId(),
              task.getTaskDefinitionKey(),
              task.getAssignee(),
              task.getCreateTime().toInstant(),
              instant(task.getDueDate()),
              instant(task.getFollowUpDate()),
              task.getPriority(),
              now,
              profile,
              report));
    }
    return items;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** What each process is about, read for a whole page at once. */
  private <T> Map<String, T> byProcess(
      Class<T> type, List<String> processes, Function<T, String> processOf) {
    if (processes.isEmpty()) {
      return new HashMap<>();
    }
    return em
        .createQuery(
            "select e from " + type.getSimpleName() + " e where e.processInstanceId in :processes",
            type)
        .setParameter("processes", processes)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(processOf, Function.identity(), (a, b) -> a, HashMap::new));
  }

  /** A process that is not the profile's or the report's own still names it in a variable. */
  private <T> T byVariable(Task task, String variable, Class<T> type) {
    Object id = taskService.getVariable(task.getId(), variable);
    return id == null ? null : em.find(type, id);
  }
}
