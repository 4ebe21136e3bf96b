package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.DECISION_REMINDER_DUE;
import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;
import static org.junit.jupiter.api.Assertions.*;

import com.icegreen.greenmail.util.GreenMail;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.preference.boundary.Preferences;
import fi.virkaprofiili.processes.FakeProfileReport;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.report.boundary.FakeReportForm;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.entity.FakeReport;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every e-mail goes through the outbox (issue 15): written with the step that causes it, so a step
 * undone leaves none; sent after it, retried while the mail server is away, and then delivered
 * once, with the Message-ID of its row, while the jobs that wrote it finished without an incident.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

  @Inject private ProcessEngine engine;
  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private FakeReports reports;
  @Inject private Preferences preferences;

  @Inject private UserTransaction transaction;
  @Inject private OutboxRows outbox;

  @Test
  void aStepUndoneLeavesNoMailAndAStepDoneLeavesOnePerRecipient() throws Exception {
    TestMailServer.greenMail();
    transaction.begin();
    String undoneTask;
    try {
      Profile undone =
          proposals.submit(LifecycleFixture.proposal("Undone " + UUID.randomUUID()), "sanna");
      undoneTask = fixture.taskOf(undone, MANAGER_DECISION).getId();
      assertEquals(
          1,
          outbox.rows("task/" + undoneTask + "/%").size(),
          "written in the step's own transaction");
    } finally {
      transaction.rollback();
    }
    assertEquals(List.of(), outbox.rows("task/" + undoneTask + "/%"));
    assertNull(engine.getTaskService().createTaskQuery().taskId(undoneTask).singleResult());

    FakeReport report = reportSomething();
    Task investigation = investigationOf(report);

    List<OutboxRows.Row> written = outbox.rows("task/" + investigation.getId() + "/%");
    List<String> recipients = written.stream().map(OutboxRows.Row::recipient).sorted().toList();
    assertEquals(
        List.copyOf(new TreeSet<>(communicationsWhoWantTaskMail())),
        recipients,
        "one message to each member who wants it, and no more");
  }

  @Test
  void mailWrittenWhileTheServerIsAwayArrivesOnceWithItsMessageIdAndNoJobFails() throws Exception {
    TestMailServer.stopServer();
    List<String> keys = new ArrayList<>();
    Profile first;
    Profile second;
    FakeReport report;
    try {
      first = proposals.submit(LifecycleFixture.proposal("Away " + UUID.randomUUID()), "sanna");
      second = proposals.submit(LifecycleFixture.proposal("Away " + UUID.randomUUID()), "sanna");
      report = reportSomething();
      String decision = fixture.taskOf(first, MANAGER_DECISION).getId();
      keys.add("task/" + decision + "/%");
      keys.add("task/" + fixture.taskOf(second, MANAGER_DECISION).getId() + "/%");
      keys.add("task/" + investigationOf(report).getId() + "/%");
      // The reminder's job talks to no mail server any more: it succeeds while the server is away.
      fixture.fireTimer(first, DECISION_REMINDER_DUE);
      LifecycleFixture.await(
          () ->
              proposals.profile(first.getId()).getEvents().stream()
                      .anyMatch(event -> event.getType() == ProfileEventType.REMINDED)
                  ? true
                  : null,
          "the reminder's job did not finish");
      keys.add("decision-reminder/" + decision + "/%");

      LifecycleFixture.await(
          () ->
              outbox.rows(keys).stream()
                      .allMatch(row -> row.attempts() >= 1 && "PENDING".equals(row.state()))
                  ? true
                  : null,
          "not every message was tried and kept while the server was away: " + outbox.rows(keys));
    } finally {
      TestMailServer.greenMail();
    }
    GreenMail mail = TestMailServer.greenMail();

    List<OutboxRows.Row> sent =
        LifecycleFixture.await(
            () -> {
              List<OutboxRows.Row> rows = outbox.rows(keys);
              return rows.stream().allMatch(row -> "SENT".equals(row.state())) ? rows : null;
            },
            "the messages were not sent once the server was back: " + outbox.rows(keys));
    assertTrue(sent.size() >= 4, sent.toString());
    for (OutboxRows.Row row : sent) {
      List<MimeMessage> arrived =
          LifecycleFixture.await(
              () -> {
                List<MimeMessage> withId = withMessageId(mail, row.id());
                return withId.isEmpty() ? null : withId;
              },
              "message " + row.id() + " did not arrive");
      assertEquals(1, arrived.size(), "message " + row.id() + " arrived more than once");
      assertEquals(Set.of(row.recipient()), recipients(arrived.get(0)));
    }
    for (String processInstance :
        List.of(
            first.getProcessInstanceId(),
            second.getProcessInstanceId(),
            report.getProcessInstanceId())) {
      assertEquals(
          0,
          engine
              .getRuntimeService()
              .createIncidentQuery()
              .processInstanceId(processInstance)
              .count());
      assertEquals(
          0,
          engine
              .getManagementService()
              .createJobQuery()
              .processInstanceId(processInstance)
              .withException()
              .count());
    }
  }

  private FakeReport reportSomething() {
    String handle = "outbox_" + UUID.randomUUID().toString().substring(0, 8);
    return reports.report(
        new FakeReportForm(
            "https://www.instagram.com/" + handle + "/", "Uses the city's logo", null),
        null);
  }

  private Task investigationOf(FakeReport report) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(report.getProcessInstanceId())
        .taskDefinitionKey(FakeProfileReport.INVESTIGATE_REPORT)
        .singleResult();
  }

  private Set<String> communicationsWhoWantTaskMail() {
    return engine
        .getIdentityService()
        .createUserQuery()
        .memberOfGroup(Roles.COMMUNICATIONS)
        .list()
        .stream()
        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .filter(user -> preferences.of(user.getId()).isTaskMail())
        .map(User::getEmail)
        .collect(Collectors.toSet());
  }

  private static List<MimeMessage> withMessageId(GreenMail mail, long id) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            message -> {
              try {
                String messageId = message.getMessageID();
                return messageId != null && messageId.startsWith("<outbox-" + id + "@");
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static Set<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .collect(Collectors.toSet());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
