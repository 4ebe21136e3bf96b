package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import com.icegreen.greenmail.util.GreenMail;
import fi.virkaprofiili.closure.boundary.ClosureDecision;
import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.notice.boundary.LifecycleNotices;
import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.registry.boundary.Registry;
import fi.virkaprofiili.review.boundary.ReviewAnswer;
import fi.virkaprofiili.review.boundary.ReviewService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A listed profile in the deployed application, with the real job executor and a real SMTP server:
 * the review timer, the closure with its notices, and the closing date.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileInUseIT {

  @Inject private ProcessEngine engine;
  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private ReviewService reviews;
  @Inject private ClosureService closures;
  @Inject private LifecycleNotices notices;
  @Inject private Registry registry;
  @ArquillianResource private URL base;

  @Test
  void reviewTimerFiresAndTheOwnerKeepsTheProfileGoing() throws Exception {
    Profile profile = fixture.listedProfile("Reviewed " + UUID.randomUUID());
    Job firstReview = reviewTimerOf(profile);
    OrganisationTime time = new OrganisationTime();
    assertEquals(
        time.today().plusMonths(6),
        time.dayOf(firstReview.getDuedate().toInstant()),
        "organisation profiles are reviewed every six months, counted on the organisation's days");

    fixture.fireTimer(profile, REVIEW_DUE);
    var review = fixture.awaitTask(profile, PERIODIC_REVIEW);
    assertEquals("sanna", review.getAssignee());
    assertThrows(
        NotPermittedException.class, () -> reviews.answer(review.getId(), keptUp(), "markus"));
    reviews.answer(review.getId(), keptUp(), "sanna");

    Profile reviewed = proposals.profile(profile.getId());
    assertNotNull(reviewed.getLastReviewedAt());
    assertEquals(ProfileEventType.REVIEWED, last(reviewed).getType());
    assertTrue(
        reviewTimerOf(profile).getDuedate().after(new java.util.Date()),
        "the next review waits again");
  }

  @Test
  void aReviewThatProposesClosureHandsItsNotesToTheClosureDecision() throws Exception {
    Profile profile = fixture.listedProfile("Review closes " + UUID.randomUUID());
    fixture.fireTimer(profile, REVIEW_DUE);
    var review = fixture.awaitTask(profile, PERIODIC_REVIEW);
    ReviewAnswer answer = keptUp();
    answer.setUpdatedRegularly(false);
    answer.setOutcome(ReviewAnswer.Outcome.PROPOSE_CLOSURE);
    answer.setNotes("Nobody has posted since spring.");

    reviews.answer(review.getId(), answer, "sanna");

    assertEquals("markus", fixture.awaitTask(profile, CLOSURE_DECISION).getAssignee());
    Profile proposed = proposals.profile(profile.getId());
    assertEquals(
        java.util.Optional.of("Nobody has posted since spring."),
        proposed.pendingClosureRequestReason(),
        "the manager's decision starts from why the review proposed closing");
    assertEquals(ProfileEventType.CLOSURE_REQUESTED, last(proposed).getType());
  }

  @Test
  void closureDecisionAnnouncesInTheRegistryAndEmailsEachRecipientOnce() throws Exception {
    GreenMail mail = TestMailServer.greenMail();
    Profile profile = fixture.listedProfile("Closing " + UUID.randomUUID());

    closeIn20Days(profile);

    Profile closing = fixture.awaitState(profile.getId(), ProfileState.CLOSING);
    assertTrue(registry.publicProfiles().stream().anyMatch(p -> p.getId().equals(profile.getId())));
    assertEquals("https://www.example.org/library", closing.getClosure().getRedirectUrl());
    Set<String> expected =
        new TreeSet<>(
            List.of(
                "sanna.suunnittelija@example.org",
                "tiina.tiedottaja@example.org",
                "sanna@example.org",
                "ilkka@example.org",
                "tiina@example.org"));
    assertEquals(
        expected,
        LifecycleFixture.await(
            () -> {
              Set<String> received = recipientsOf(mail, profile.getName());
              return received.size() >= expected.size() ? received : null;
            },
            "the closure notices did not arrive"));

    assertTrue(
        notices.notifyClosure(profile.getId()).isEmpty(),
        "a retried notice job sends nothing again");
    assertEquals(expected.size(), messagesAbout(mail, profile.getName()).size());
    assertTrue(
        messagesAbout(mail, profile.getName()).get(0).getSubject().contains(profile.getName()));
  }

  @Test
  void closingDateTimerFinishesTheClosureAndTheRegistryKeepsTheRedirection() throws Exception {
    TestMailServer.greenMail();
    String account =
        "https://www.instagram.com/closed_" + UUID.randomUUID().toString().substring(0, 8);
    Profile profile = fixture.listedProfile("Closed " + UUID.randomUUID(), account);
    // Asked before every change: verification keeps its answers, and must not keep an old one.
    String listed = verify(account);
    assertTrue(listed.contains("\"answer\":\"OFFICIAL\"") && !listed.contains("closingOn"), listed);
    String registryPage =
        "registry?q=" + URLEncoder.encode(profile.getName(), StandardCharsets.UTF_8);
    String listedPage = get(registryPage);
    assertTrue(
        listedPage.contains(profile.getName()) && !listedPage.contains("Closing on"), listedPage);
    closeIn20Days(profile);
    fixture.awaitState(profile.getId(), ProfileState.CLOSING);
    // The page as the public loads it, kept for visitors who are not signed in, shows the closure
    // at once.
    String closingPage = get(registryPage);
    assertTrue(
        closingPage.contains("Closing on")
            && closingPage.contains("https://www.example.org/library"),
        closingPage);
    String closing = verify(account);
    assertTrue(
        closing.contains("\"answer\":\"OFFICIAL\"")
            && closing.contains("\"closingOn\"")
            && closing.contains("https://www.example.org/library"),
        closing);
    closures.confirmNoticePosted(fixture.taskOf(profile, POST_CLOSURE_NOTICE).getId(), "sanna");

    fixture.fireTimer(profile, CLOSING_DATE_REACHED);
    var revoke = fixture.awaitTask(profile, REVOKE_ACCESS);
    assertThrows(
        NotPermittedException.class, () -> closures.confirmAccessRevoked(revoke.getId(), "sanna"));
    closures.confirmAccessRevoked(revoke.getId(), "ilkka");
    closures.confirmAccountClosed(fixture.taskOf(profile, CLOSE_ACCOUNT).getId(), true, "sanna");

    Profile closed = fixture.awaitState(profile.getId(), ProfileState.CLOSED);
    assertNotNull(closed.getClosedAt());
    String closedAnswer = verify(account);
    assertTrue(
        closedAnswer.contains("\"answer\":\"CLOSED\"")
            && closedAnswer.contains("https://www.example.org/library"),
        closedAnswer);
    assertTrue(registry.publicProfiles().stream().anyMatch(p -> p.getId().equals(profile.getId())));
    assertEquals(
        1,
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(profile.getProcessInstanceId())
            .finished()
            .count());
  }

  @Test
  void aSecondClosureRequestWhileOneWaitsIsAConflictAndChangesNothing() throws Exception {
    Profile profile = fixture.listedProfile("Twice " + UUID.randomUUID());
    closures.requestClosure(profile.getId(), "First request", "markus");
    int events = proposals.profile(profile.getId()).getEvents().size();
    assertFalse(
        closures.mayRequestClosure(proposals.profile(profile.getId()), "markus"),
        "the page no longer offers the request");

    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () -> closures.requestClosure(profile.getId(), "Second request", "markus"));
    assertEquals("error.closureWaiting", refused.messageKey());
    assertEquals(events, proposals.profile(profile.getId()).getEvents().size());
    assertNotNull(fixture.taskOf(profile, CLOSURE_DECISION), "the first request still waits");
  }

  @Test
  void onlyTheManagerRequestsAndDecidesAClosureWellAhead() throws Exception {
    Profile profile = fixture.listedProfile("Guarded " + UUID.randomUUID());

    assertThrows(
        NotPermittedException.class, () -> closures.requestClosure(profile.getId(), null, "sanna"));
    closures.requestClosure(profile.getId(), "Resources moved to the new channel", "markus");
    String decision = fixture.taskOf(profile, CLOSURE_DECISION).getId();
    ClosureDecision tooSoon =
        ClosureDecision.close(
            "Resources moved",
            new OrganisationTime().today().plusDays(3),
            "https://www.example.org/");
    assertThrows(InvalidRequestException.class, () -> closures.decide(decision, tooSoon, "markus"));
    ClosureDecision wellAhead =
        ClosureDecision.close(
            "Resources moved",
            new OrganisationTime().today().plusDays(30),
            "https://www.example.org/");
    assertThrows(NotPermittedException.class, () -> closures.decide(decision, wellAhead, "tiina"));
    assertEquals(
        ProfileState.LISTED,
        proposals.profile(profile.getId()).getState(),
        "a refused decision changes nothing");

    closures.decide(decision, ClosureDecision.keep("Still needed", null), "markus");
    assertEquals(ProfileEventType.KEPT, last(proposals.profile(profile.getId())).getType());
    assertEquals(
        1,
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(profile.getProcessInstanceId())
            .activityId(REVIEW_DUE)
            .count());
  }

  @Test
  void managerIsRemindedOnceWhenADecisionWaits() throws Exception {
    GreenMail mail = TestMailServer.greenMail();
    Profile profile =
        proposals.submit(LifecycleFixture.proposal("Waiting " + UUID.randomUUID()), "sanna");

    fixture.fireTimer(profile, DECISION_REMINDER_DUE);

    LifecycleFixture.await(
        () ->
            last(proposals.profile(profile.getId())).getType() == ProfileEventType.REMINDED
                ? true
                : null,
        "the reminder was not given");
    // Sent from the outbox once the reminder's job has committed.
    assertEquals(
        Set.of("markus@example.org"),
        LifecycleFixture.await(
            () -> {
              Set<String> received = recipientsOf(mail, profile.getName());
              return received.isEmpty() ? null : received;
            },
            "the reminder did not arrive"));
    assertEquals(1, messagesAbout(mail, profile.getName()).size(), "reminded once");
    assertEquals(
        MANAGER_DECISION,
        fixture.taskOf(profile, MANAGER_DECISION).getTaskDefinitionKey(),
        "the decision still waits");
  }

  @Test
  void closingStepsStartOnTheClosingDateAfterTheOwnerWasRemindedAndTheManagerTold()
      throws Exception {
    GreenMail mail = TestMailServer.greenMail();
    Profile profile =
        fixture.listedProfile(
            "Unannounced " + UUID.randomUUID(),
            "https://www.instagram.com/unannounced_"
                + UUID.randomUUID().toString().substring(0, 8));
    closeIn20Days(profile);
    fixture.awaitState(profile.getId(), ProfileState.CLOSING);

    fixture.fireTimer(profile, CLOSURE_NOTICE_REMINDER_DUE);
    awaitEvent(profile, ProfileEventType.CLOSURE_NOTICE_REMINDED);
    fixture.fireTimer(profile, CLOSURE_NOTICE_OVERDUE);
    awaitEvent(profile, ProfileEventType.CLOSURE_NOTICE_ESCALATED);
    assertEquals(
        Set.of("sanna@example.org"), awaitRecipients(mail, profile, "Post the closure notice by"));
    assertEquals(
        Set.of("markus@example.org"), awaitRecipients(mail, profile, "Closure notice overdue"));
    assertEquals(
        POST_CLOSURE_NOTICE,
        fixture.taskOf(profile, POST_CLOSURE_NOTICE).getTaskDefinitionKey(),
        "the notice still waits for the owner");

    fixture.fireTimer(profile, CLOSING_DATE_BEFORE_NOTICE);
    awaitEvent(profile, ProfileEventType.CLOSURE_NOTICE_NOT_CONFIRMED);
    fixture.fireTimer(profile, CLOSING_DATE_REACHED);

    assertEquals(REVOKE_ACCESS, fixture.awaitTask(profile, REVOKE_ACCESS).getTaskDefinitionKey());
    assertEquals(CLOSE_ACCOUNT, fixture.taskOf(profile, CLOSE_ACCOUNT).getTaskDefinitionKey());
  }

  private void awaitEvent(Profile profile, ProfileEventType type) throws InterruptedException {
    LifecycleFixture.await(
        () ->
            proposals.profile(profile.getId()).getEvents().stream()
                    .anyMatch(event -> event.getType() == type)
                ? true
                : null,
        "no " + type + " on the timeline of profile " + profile.getId());
  }

  private static Set<String> awaitRecipients(GreenMail mail, Profile profile, String subject)
      throws InterruptedException {
    return LifecycleFixture.await(
        () -> {
          Set<String> received = recipientsOf(mail, profile.getName(), subject);
          return received.isEmpty() ? null : received;
        },
        "no e-mail \"" + subject + "\" about profile " + profile.getId());
  }

  private static Set<String> recipientsOf(GreenMail mail, String profileName, String subject) {
    Set<String> recipients = new TreeSet<>();
    for (MimeMessage message : messagesAbout(mail, profileName)) {
      try {
        if (message.getSubject().contains(subject)) {
          Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .map(Object::toString)
              .forEach(recipients::add);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return recipients;
  }

  /** The public API's answer, over HTTP as citizens ask it. */
  private String verify(String account) throws Exception {
    return get("api/registry/verify?url=" + URLEncoder.encode(account, StandardCharsets.UTF_8));
  }

  /** A public address, as a visitor who is not signed in loads it. */
  private String get(String path) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve(path))
                    .header("Accept-Language", "en")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  private void closeIn20Days(Profile profile) {
    closures.requestClosure(profile.getId(), null, "markus");
    closures.decide(
        fixture.taskOf(profile, CLOSURE_DECISION).getId(),
        ClosureDecision.close(
            "The library's news move to its web site",
            new OrganisationTime().today().plus(20, ChronoUnit.DAYS),
            "https://www.example.org/library"),
        "markus");
  }

  private Job reviewTimerOf(Profile profile) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(profile.getProcessInstanceId())
        .activityId(REVIEW_DUE)
        .timers()
        .singleResult();
  }

  private static ReviewAnswer keptUp() {
    ReviewAnswer answer = new ReviewAnswer();
    answer.setUpdatedRegularly(true);
    answer.setQuestionsAnswered(true);
    answer.setAdministratorsRight(true);
    answer.setTermsOfUseChanged(false);
    answer.setOutcome(ReviewAnswer.Outcome.CONTINUE);
    return answer;
  }

  private static fi.virkaprofiili.profile.entity.ProfileEvent last(Profile profile) {
    return profile.getEvents().get(profile.getEvents().size() - 1);
  }

  /**
   * The lifecycle's notices about the profile; the e-mails of its tasks are TaskMailIT's to check.
   */
  private static List<MimeMessage> messagesAbout(GreenMail mail, String profileName) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            message -> {
              try {
                return message.getSubject().contains(profileName)
                    && !message.getSubject().startsWith(TaskMailIT.TASK_SUBJECT);
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static Set<String> recipientsOf(GreenMail mail, String profileName) {
    Set<String> recipients = new TreeSet<>();
    for (MimeMessage message : messagesAbout(mail, profileName)) {
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
