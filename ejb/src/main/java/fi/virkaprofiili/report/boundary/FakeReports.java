package fi.virkaprofiili.report.boundary;

import static fi.virkaprofiili.processes.FakeProfileReport.*;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.platform.engine.OneEngineCommand;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.report.entity.FakeReport;
import fi.virkaprofiili.report.entity.ReportOutcome;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Reports of suspected fake profiles (R9). A report and its process start together; only
 * communications investigates, and the outcome is recorded on the registry's record.
 */
@Stateless
public class FakeReports {

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;
  @Inject private TaskService taskService;
  @Inject private TaskAccess tasks;
  @Inject private Registry registry;
  @Inject private OrganisationTime time;

  /** Receives a report from a staff member ({@code reporterId}) or a citizen (null). */
  public FakeReport report(@NotNull @Valid FakeReportForm form, String reporterId) {
    AccountAddress address =
        AccountAddress.parse(form.getAddress())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "error.unrecognisedAddress",
                        "Not an account address: " + form.getAddress()));
    Profile known = registry.profileAt(address).orElse(null);
    FakeReport report =
        new FakeReport(
            form.getAddress(),
            address.key(),
            address.channel(),
            form.getDescription(),
            form.getContact(),
            reporterId,
            known,
            time.now());
    em.persist(report);
    em.flush();
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_REPORT_ID, report.getId());
    variables.put(VAR_REPORTED_ADDRESS, address.canonicalUrl());
    variables.put(VAR_KNOWN_PROFILE_ID, known == null ? null : known.getId());
    variables.put(VAR_CHANNEL, address.channel().name());
    report.attachProcess(
        runtimeService
            .startProcessInstanceByKey(PROCESS_KEY, report.getReference(), variables)
            .getId());
    return report;
  }

  /** Communications records what it did about the report. */
  @OneEngineCommand
  public void investigate(
      @NotBlank String taskId,
      @NotNull ReportOutcome outcome,
      @Size(max = FakeReport.TEXT_MAX) String note,
      @NotBlank String actorId) {
    Task task = tasks.groupTask(taskId, INVESTIGATE_REPORT, actorId, Roles.COMMUNICATIONS);
    report((Long) taskService.getVariable(task.getId(), VAR_REPORT_ID))
        .investigate(outcome, note, actorId, time.now());
    taskService.complete(taskId, Map.of(VAR_OUTCOME, outcome.name()));
  }

  /** The outcome enters the registry's record of reports. */
  public void recordOutcome(long reportId) {
    report(reportId).markRecorded(time.now());
  }

  public FakeReport report(long reportId) {
    return Optional.ofNullable(em.find(FakeReport.class, reportId))
        .orElseThrow(() -> new NotFoundException("error.unknownReport", "No report " + reportId));
  }
}
