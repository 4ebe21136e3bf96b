package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.closure.boundary.ClosureDecision;
import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.leaver.boundary.Leavers;
import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.privacy.boundary.MailRetention;
import fi.virkaprofiili.privacy.boundary.PersonalData;
import fi.virkaprofiili.privacy.boundary.PersonalDataExport;
import fi.virkaprofiili.privacy.boundary.Pseudonymisation;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileEventType;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import fi.virkaprofiili.worklist.boundary.TaskComments;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GDPR on the deployed application (issue 12, item 7): an administrator's export of everything held
 * about one person, and pseudonymisation of people who left in profiles closed longer ago than the
 * retention period, in the profile and in the engine's history.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  @Inject private ProcessEngine engine;
  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;
  @Inject private ClosureService closures;
  @Inject private TaskComments comments;
  @Inject private PersonalData personalData;
  @Inject private MailRetention mailRetention;
  @Inject private Pseudonymisation pseudonymisation;
  @Inject private Leavers leavers;

  /** A person of the test's own, who proposes and runs profiles. */
  private record Person(String userId, String fullName, String email) {}

  @Test
  void theExportHoldsWhatThePersonDidAndWhatOthersWroteAboutThem() throws Exception {
    Person person = newPerson();
    Profile profile = closedProfileRunBy(person, "I will hand the account over to IT.");

    assertThrows(NotPermittedException.class, () -> personalData.export(person.userId(), "sanna"));
    assertThrows(
        InvalidRequestException.class, () -> personalData.export("no\nsuch user", "admin"));
    PersonalDataExport export = personalData.export(person.userId(), "admin");
    JsonObject file = Json.createReader(new ByteArrayInputStream(export.json())).readObject();

    assertEquals("personal-data-" + person.userId() + ".json", export.fileName());
    assertEquals(person.email(), file.getJsonObject("person").getString("email"));
    assertTrue(file.getJsonObject("person").getJsonArray("groups").toString().contains("staff"));
    JsonObject held = onlyProfile(file.getJsonArray("profiles"), profile.getId());
    assertTrue(held.getJsonArray("roles").toString().contains("proposer"), held.toString());
    assertEquals(
        person.fullName(),
        held.getJsonArray("administratorEntries").getJsonObject(0).getString("name"));
    assertTrue(
        file.getJsonArray("profileHistory").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                step ->
                    step.getJsonNumber("profileId").longValue() == profile.getId()
                        && step.getString("what").equals("PROPOSED")),
        file.getJsonArray("profileHistory").toString());
    assertTrue(
        file.getJsonArray("tasks").toString().contains(RECORD_ACCOUNT_ADDRESS),
        file.getJsonArray("tasks").toString());
    assertTrue(
        file.getJsonArray("taskComments")
            .toString()
            .contains("I will hand the account over to IT."),
        file.getJsonArray("taskComments").toString());
    assertEquals(file.getJsonArray("profiles").size(), export.counts().get("profiles"));
    assertFalse(export.isEmpty());

    PersonalDataExport nobody = personalData.export("nobody-" + UUID.randomUUID(), "admin");
    assertTrue(nobody.isEmpty(), nobody.counts().toString());
  }

  @Test
  void aPersonWhoLeftIsPseudonymisedInProfilesClosedLongerAgoThanTheRetention() throws Exception {
    Person person = newPerson();
    Profile old = closedProfileRunBy(person, "Handing over before I go.");
    Profile recent = closedProfileRunBy(person, "Another one.");
    leavers.markLeft("admin", person.userId(), "Employment ended");
    fixture.closedAgo(old.getId(), Pseudonymisation.DEFAULT_RETENTION);

    assertThrows(NotPermittedException.class, () -> pseudonymisation.pseudonymiseNow("sanna"));
    assertTrue(pseudonymisation.pseudonymiseNow("admin") >= 1);

    Profile pseudonymised = proposals.profile(old.getId());
    String pseudonym = pseudonymised.getProposerId();
    assertTrue(pseudonym.matches("P-[0-9a-f]{8}"), pseudonym);
    assertEquals(pseudonym, pseudonymised.getAdministrators().get(0).getName());
    assertNull(pseudonymised.getAdministrators().get(0).getEmail());
    assertFalse(pseudonymised.getAccess().getHolders().contains(person.fullName()));
    assertFalse(pseudonymised.getClosure().getReason().contains(person.fullName()));
    assertTrue(
        pseudonymised.getEvents().stream()
            .noneMatch(
                event ->
                    person.userId().equals(event.getActorId())
                        || String.valueOf(event.getReason()).contains(person.fullName())
                        || String.valueOf(event.getReason()).contains(person.email())),
        "the history names them no more");
    assertEquals(
        ProfileEventType.PSEUDONYMISED,
        pseudonymised.getEvents().get(pseudonymised.getEvents().size() - 1).getType());

    var history = engine.getHistoryService();
    assertEquals(
        0,
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(old.getProcessInstanceId())
            .taskAssignee(person.userId())
            .count(),
        "the engine's history of the closed profile names them no more");
    assertTrue(
        history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(old.getProcessInstanceId())
                .taskAssignee(pseudonym)
                .count()
            > 0);
    assertEquals(
        pseudonym,
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(old.getProcessInstanceId())
            .variableName(VAR_PROPOSER)
            .singleResult()
            .getValue());

    Profile kept = proposals.profile(recent.getId());
    assertEquals(person.userId(), kept.getProposerId(), "closed within the retention period");
    assertEquals(person.fullName(), kept.getAdministrators().get(0).getName());
    assertEquals(
        0, pseudonymisation.pseudonymiseNow("admin"), "a second round finds nothing more to do");
    JsonObject file =
        Json.createReader(
                new ByteArrayInputStream(personalData.export(person.userId(), "admin").json()))
            .readObject();
    assertTrue(
        file.getJsonArray("profiles").stream()
            .map(JsonObject.class::cast)
            .noneMatch(item -> item.getJsonNumber("profileId").longValue() == old.getId()),
        "the pseudonymised profile is no longer theirs in an export");
  }

  @Test
  void sentMailIsForgottenAfterItsPeriodAndNotBefore() throws Exception {
    String old = "old-" + UUID.randomUUID() + "@example.org";
    String recent = "recent-" + UUID.randomUUID() + "@example.org";
    fixture.sentMessage(old, java.time.Duration.ofDays(91));
    fixture.sentMessage(recent, java.time.Duration.ofDays(89));

    assertTrue(mailRetention.forgetDue() >= 1);

    assertEquals(0, fixture.messagesTo(old), "a message sent 91 days ago keeps no address");
    assertEquals(1, fixture.messagesTo(recent), "a message sent 89 days ago is kept");
  }

  private Person newPerson() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Person person =
        new Person("leaver-" + suffix, "Lea Lähtijä" + suffix, "lea." + suffix + "@example.org");
    fixture.staffMember(person.userId(), "Lea", "Lähtijä" + suffix, person.email());
    return person;
  }

  /**
   * A profile the person proposed and administers, taken through its whole life to closed, with a
   * comment of theirs on one of its tasks.
   */
  private Profile closedProfileRunBy(Person person, String comment) throws Exception {
    Proposal proposal = LifecycleFixture.proposal("Privacy " + UUID.randomUUID());
    proposal.getAdministrators().get(0).setName(person.fullName());
    proposal.getAdministrators().get(0).setEmail(person.email());
    Profile profile = proposals.submit(proposal, person.userId());
    decisions.decide(
        fixture.taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), "markus");
    agreement.agree(fixture.taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    setup.registerAccess(
        fixture.taskOf(profile, REGISTER_ACCESS).getId(),
        "IT admin account; " + person.fullName() + " as editor",
        "ilkka");
    String recordTask = fixture.taskOf(profile, RECORD_ACCOUNT_ADDRESS).getId();
    comments.comment(recordTask, comment, person.userId());
    setup.recordAccountAddress(recordTask, profile.getAccountUrl(), person.userId());
    fixture.awaitState(profile.getId(), ProfileState.LISTED);

    closures.requestClosure(profile.getId(), null, "markus");
    closures.decide(
        fixture.taskOf(profile, CLOSURE_DECISION).getId(),
        ClosureDecision.close(
            "The news of " + person.fullName() + "'s team move to the web site",
            new OrganisationTime().today().plusDays(20),
            "https://www.example.org/library"),
        "markus");
    closures.confirmNoticePosted(
        fixture.awaitTask(profile, POST_CLOSURE_NOTICE).getId(), person.userId());
    fixture.fireTimer(profile, CLOSING_DATE_REACHED);
    closures.confirmAccessRevoked(fixture.awaitTask(profile, REVOKE_ACCESS).getId(), "ilkka");
    closures.confirmAccountClosed(
        fixture.awaitTask(profile, CLOSE_ACCOUNT).getId(), true, person.userId());
    return fixture.awaitState(profile.getId(), ProfileState.CLOSED);
  }

  private static JsonObject onlyProfile(JsonArray profiles, long profileId) {
    return profiles.stream()
        .map(JsonObject.class::cast)
        .filter(item -> item.getJsonNumber("profileId").longValue() == profileId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("profile " + profileId + " not in " + profiles));
  }
}
