package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.FakeProfileReport.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.report.boundary.FakeReportForm;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.entity.FakeReport;
import fi.virkaprofiili.report.entity.ReportOutcome;
import fi.virkaprofiili.worklist.boundary.WorkList;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reports of fake profiles in the deployed application: received, investigated, recorded (R9). */
@ExtendWith(ArquillianExtension.class)
class FakeProfileReportIT {

  @Inject private ProcessEngine engine;
  @Inject private FakeReports reports;
  @Inject private WorkList workList;
  @Inject private LifecycleFixture fixture;

  @Test
  void reportIsInvestigatedByCommunicationsAndItsOutcomeRecordedByTheJobExecutor()
      throws Exception {
    String handle = "kaupunki_" + UUID.randomUUID().toString().substring(0, 8);
    FakeReport report =
        reports.report(
            new FakeReportForm(
                "https://m.instagram.com/" + handle + "/?hl=fi",
                "Uses the city's logo and asks for bank details",
                null),
            null);

    assertTrue(report.getReference().startsWith("R-"));
    assertEquals(Channel.INSTAGRAM, report.getChannel());
    assertNull(report.getKnownProfile());
    Task investigation = investigationOf(report);
    fi.virkaprofiili.worklist.boundary.TaskFilter byAddress =
        new fi.virkaprofiili.worklist.boundary.TaskFilter();
    byAddress.setProfileName(handle);
    assertTrue(
        workList.page("tiina", byAddress, 0, 25).stream()
            .anyMatch(
                item ->
                    item.getTaskId().equals(investigation.getId())
                        && item.getSubject().contains(handle)),
        "communications finds the report in its task list");
    assertThrows(
        NotPermittedException.class,
        () ->
            reports.investigate(
                investigation.getId(), ReportOutcome.REPORTED_TO_PLATFORM, null, "sanna"));

    reports.investigate(
        investigation.getId(), ReportOutcome.REPORTED_TO_PLATFORM, "Instagram case 123", "tiina");

    FakeReport recorded =
        LifecycleFixture.await(
            () -> {
              FakeReport current = reports.report(report.getId());
              return current.getRecordedAt() != null ? current : null;
            },
            "the job executor did not record the outcome");
    assertEquals(ReportOutcome.REPORTED_TO_PLATFORM, recorded.getOutcome());
    assertEquals("tiina", recorded.getInvestigatedBy());
    assertEquals(
        1,
        engine
            .getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(report.getProcessInstanceId())
            .activityId(REPORTED_TO_PLATFORM_END)
            .count());
  }

  @Test
  void reportOfAListedProfilesAddressIsMatchedHoweverItIsWritten() throws Exception {
    Profile listed = fixture.listedProfile("Reported " + UUID.randomUUID());

    // The listed address as somebody might type it: another case, a trailing part of the page.
    String written =
        listed.getAccountUrl().replace("https://", "HTTP://").replace("www.", "WWW.") + "/#posts";
    FakeReport report =
        reports.report(
            new FakeReportForm(written, "Is this really the library?", "citizen@example.org"),
            null);

    assertNotNull(report.getKnownProfile());
    assertEquals(
        report.getKnownProfile().getId(),
        engine
            .getRuntimeService()
            .getVariable(report.getProcessInstanceId(), VAR_KNOWN_PROFILE_ID));
    assertNotNull(listed.getId());
  }

  @Test
  void somethingThatIsNotAnAccountAddressIsRefusedAndStartsNothing() {
    long before =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .count();

    EJBException refused =
        assertThrows(
            EJBException.class,
            () -> reports.report(new FakeReportForm("javascript:alert(1)", "x", null), null));

    assertInstanceOf(ConstraintViolationException.class, refused.getCause());
    assertEquals(
        before,
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .count());
  }

  private Task investigationOf(FakeReport report) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(report.getProcessInstanceId())
        .taskDefinitionKey(INVESTIGATE_REPORT)
        .singleResult();
  }
}
