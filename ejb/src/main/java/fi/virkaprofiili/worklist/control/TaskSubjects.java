package fi.virkaprofiili.worklist.control;

import fi.virkaprofiili.processes.PersonLeft;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.report.entity.FakeReport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What the tasks of the list are about: the profile or the fake-profile report of each process. A
 * process is one or the other, never both. The queries are the entities' named queries, checked
 * when the application starts.
 */
@Stateless
public class TaskSubjects {

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;

  /**
   * The processes of the profiles whose name, and of the reports whose reported address, contains
   * {@code namePart} in any case; on {@code channel} only, unless it is null.
   */
  public List<String> processesNamed(String namePart, Channel channel) {
    String pattern = "%" + likeEscaped(namePart.toLowerCase(Locale.ROOT)) + "%";
    List<String> processes = new ArrayList<>();
    processes.addAll(
        matching(
            channel == null ? Profile.PROCESSES_NAMED : Profile.PROCESSES_NAMED_ON_CHANNEL,
            pattern,
            channel));
    processes.addAll(
        matching(
            channel == null ? FakeReport.PROCESSES_NAMED : FakeReport.PROCESSES_NAMED_ON_CHANNEL,
            pattern,
            channel));
    processes.addAll(followUpsOfProfilesNamed(pattern, channel));
    return processes;
  }

  /**
   * The processes that follow a person's leaving, about the profiles so named: their business key
   * starts with the profile's id. Few wait at any time, so they are read whole.
   */
  private List<String> followUpsOfProfilesNamed(String pattern, Channel channel) {
    TypedQuery<Long> named =
        em.createQuery(
                "select p.id from Profile p where lower(p.name) like :name escape '\\'"
                    + (channel == null ? "" : " and p.channel = :channel"),
                Long.class)
            .setParameter("name", pattern);
    if (channel != null) {
      named.setParameter("channel", channel);
    }
    Set<String> ids =
        named.getResultList().stream().map(String::valueOf).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return List.of();
    }
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(PersonLeft.PROCESS_KEY)
        .list()
        .stream()
        .filter(process -> process.getBusinessKey() != null)
        .filter(process -> ids.contains(process.getBusinessKey().split("/", 2)[0]))
        .map(ProcessInstance::getId)
        .toList();
  }

  private List<String> matching(String namedQuery, String pattern, Channel channel) {
    TypedQuery<String> query =
        em.createNamedQuery(namedQuery, String.class).setParameter("name", pattern);
    if (channel != null) {
      query.setParameter("channel", channel);
    }
    return query.getResultList();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The profiles of these processes, by process, read at once. */
  public Map<String, Profile> profilesOf(Collection<String> processes) {
    return byProcess(Profile.BY_PROCESSES, Profile.class, processes, Profile::getProcessInstanceId);
  }

  /** The reports of these processes, by process, read at once. */
  public Map<String, FakeReport> reportsOf(Collection<String> processes) {
    return byProcess(
        FakeReport.BY_PROCESSES, FakeReport.class, processes, FakeReport::getProcessInstanceId);
  }

  private <T> Map<String, T> byProcess(
      String namedQuery,
      Class<T> type,
      Collection<String> processes,
      Function<T, String> processOf) {
    if (processes.isEmpty()) {
      return new HashMap<>();
    }
    return em
        .createNamedQuery(namedQuery, type)
        .setParameter("processes", processes)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(processOf, Function.identity(), (a, b) -> a, HashMap::new));
  }

  /** The profile or report with this id, named by a process variable; null without an id. */
  public <T> T byId(Class<T> type, Object id) {
    return id == null ? null : em.find(type, id);
  }
}
