package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.EXPERT_CONSENT;
import static fi.virkaprofiili.processes.ProfileLifecycle.MANAGER_DECISION;
import static org.junit.jupiter.api.Assertions.*;

import com.icegreen.greenmail.util.GreenMail;
import fi.virkaprofiili.consent.boundary.ExpertConsent;
import fi.virkaprofiili.notice.boundary.TaskNotices;
import fi.virkaprofiili.platform.engine.TaskAssigned;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.platform.mail.Outbox;
import fi.virkaprofiili.preference.boundary.Preferences;
import fi.virkaprofiili.processes.FakeProfileReport;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.report.boundary.FakeReportForm;
import fi.virkaprofiili.report.boundary.FakeReports;
import fi.virkaprofiili.report.entity.FakeReport;
import fi.virkaprofiili.worklist.boundary.TaskClaims;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tasks e-mail the people they are given to, through the engine plugin and a real SMTP server, in
 * the deployed application: once each, with a link, in their language, and never to those who
 * turned it off or have no address.
 */
@ExtendWith(ArquillianExtension.class)
class TaskMailIT {

  /** How the subject of a task's e-mail begins in Finnish, the language of those who chose none. */
  static final String TASK_SUBJECT = "Tehtävä sinulle:";

  @Inject private ProcessEngine engine;
  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private ExpertConsent consent;
  @Inject private FakeReports reports;
  @Inject private TaskClaims claims;
  @Inject private TaskNotices taskNotices;
  @Inject private Outbox outbox;
  @Inject private Preferences preferences;

  @Test
  void aNewDecisionTaskEmailsTheUnitManagerOnceWithALinkToIt() throws Exception {
    GreenMail mail = TestMailServer.greenMail();
    Profile profile =
        proposals.submit(LifecycleFixture.proposal("Task mail " + UUID.randomUUID()), "sanna");
    Task decision = fixture.taskOf(profile, MANAGER_DECISION);

    MimeMessage message =
        LifecycleFixture.await(
            () -> first(taskMailsAbout(mail, profile.getName())), "the manager got no e-mail");
    assertEquals(Set.of("markus@example.org"), recipients(List.of(message)));
    assertEquals(TASK_SUBJECT + " Päätä ehdotuksesta – " + profile.getName(), message.getSubject());
    assertTrue(
        body(message).contains("portal/tasks/index.xhtml?task=" + decision.getId()), body(message));

    awaitRecorded(decision.getId(), "markus@example.org");
    TaskAssigned again =
        new TaskAssigned(
            decision.getId(),
            MANAGER_DECISION,
            "markus",
            Set.of(),
            Set.of(),
            profile.getId(),
            null);
    assertTrue(taskNotices.send(again).isEmpty(), "a repeated assignment writes nothing again");
    assertEquals(1, taskMailsAbout(mail, profile.getName()).size());
  }

  @Test
  void aGroupTaskEmailsEachMemberInTheirLanguageButNotThoseWhoOptedOutOrHaveNoAddress()
      throws Exception {
    GreenMail mail = TestMailServer.greenMail();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    // Mail goes out in the order of user ids: the last member's e-mail comes after every other
    // decision.
    String optedOut = user("a" + suffix, true, Roles.COMMUNICATIONS);
    String withoutAddress = user("b" + suffix, false, Roles.COMMUNICATIONS);
    String swedish = user("z" + suffix, true, Roles.COMMUNICATIONS);
    preferences.choose(optedOut, false, "fi");
    preferences.choose(swedish, true, "sv");
    String handle = "kaupunki_" + suffix;

    FakeReport report =
        reports.report(
            new FakeReportForm(
                "https://www.instagram.com/" + handle + "/", "Uses the city's logo", null),
            null);
    Task investigation =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(report.getProcessInstanceId())
            .taskDefinitionKey(FakeProfileReport.INVESTIGATE_REPORT)
            .singleResult();

    MimeMessage toSwedish =
        LifecycleFixture.await(
            () -> first(messagesTo(mail, swedish + "@example.org")),
            "the last member got no e-mail");
    assertTrue(
        toSwedish.getSubject().startsWith("Uppgift för dig: Utred en anmäld falsk profil"),
        toSwedish.getSubject());
    assertTrue(body(toSwedish).contains("?task=" + investigation.getId()));
    List<MimeMessage> aboutTheReport = mailsAbout(mail, handle);
    assertEquals(
        Set.of("tiina@example.org", swedish + "@example.org"),
        recipients(aboutTheReport),
        "each member with an address who wants it, and not " + optedOut + " or " + withoutAddress);

    claims.claim(investigation.getId(), "tiina");
    awaitRecorded(investigation.getId(), swedish + "@example.org");
    TaskAssigned claimed =
        new TaskAssigned(
            investigation.getId(),
            FakeProfileReport.INVESTIGATE_REPORT,
            "tiina",
            Set.of(),
            Set.of(),
            null,
            report.getId());
    assertTrue(
        taskNotices.send(claimed).isEmpty(),
        "claiming a task already e-mailed to the claimer sends nothing");
    assertEquals(2, mailsAbout(mail, handle).size());
  }

  @Test
  void aPersonWhoTurnedTaskMailOffGetsNone() throws Exception {
    GreenMail mail = TestMailServer.greenMail();
    String expert =
        user("expert" + UUID.randomUUID().toString().substring(0, 8), true, Roles.STAFF);
    preferences.choose(expert, false, "fi");
    Profile profile =
        proposals.submit(
            LifecycleFixture.expertProposal("Opted out " + UUID.randomUUID(), expert), "sanna");
    Task consentTask = fixture.taskOf(profile, EXPERT_CONSENT);

    TaskAssigned toExpert =
        new TaskAssigned(
            consentTask.getId(), EXPERT_CONSENT, expert, Set.of(), Set.of(), profile.getId(), null);
    assertTrue(taskNotices.send(toExpert).isEmpty());
    consent.accept(consentTask.getId(), expert);

    LifecycleFixture.await(
        () -> first(taskMailsAbout(mail, profile.getName())),
        "the manager got no e-mail after the consent");
    assertEquals(Set.of("markus@example.org"), recipients(taskMailsAbout(mail, profile.getName())));
    assertTrue(messagesTo(mail, expert + "@example.org").isEmpty());
  }

  /** A user of the group; Camunda allows letters and digits in user ids. */
  private String user(String id, boolean withAddress, String group) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Test");
    if (withAddress) {
      user.setEmail(id + "@example.org");
    }
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private void awaitRecorded(String taskId, String address) throws InterruptedException {
    LifecycleFixture.await(
        () -> outbox.isWritten("task/" + taskId + "/" + address) ? true : null,
        "not in the outbox: " + address);
  }

  private static List<MimeMessage> taskMailsAbout(GreenMail mail, String subject) {
    return mailsAbout(mail, subject).stream()
        .filter(message -> subjectOf(message).startsWith(TASK_SUBJECT))
        .toList();
  }

  private static List<MimeMessage> mailsAbout(GreenMail mail, String subject) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(message -> subjectOf(message).contains(subject))
        .toList();
  }

  private static List<MimeMessage> messagesTo(GreenMail mail, String address) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(message -> recipients(List.of(message)).contains(address))
        .toList();
  }

  private static MimeMessage first(List<MimeMessage> messages) {
    return messages.isEmpty() ? null : messages.get(0);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage message) throws MessagingException, IOException {
    return message.getContent().toString();
  }

  private static Set<String> recipients(List<MimeMessage> messages) {
    Set<String> recipients = new TreeSet<>();
    for (MimeMessage message : messages) {
      try {
        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
            .map(Object::toString)
            .forEach(recipients::add);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return recipients;
  }
}
