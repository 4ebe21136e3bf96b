package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.DraftOf;
import fi.virkaprofiili.proposal.boundary.Drafts;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.proposal.boundary.SavedDraft;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A returned proposal's revision kept as a draft in the real container: the proposer's only,
 * checked as a draft, given back when the task is opened again, gone when resubmitted or withdrawn,
 * and the proposal as submitted untouched until then.
 */
@ExtendWith(ArquillianExtension.class)
class RevisionDraftsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private Drafts drafts;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private LifecycleFixture fixture;

  @Resource(lookup = "java:app/jdbc/virkaprofiili")
  private DataSource database;

  @Test
  void onlyTheProposerKeepsAndGetsBackTheirChanges() throws Exception {
    Profile profile = returned("Palautettu " + UUID.randomUUID());
    String taskId = fixture.awaitTask(profile, REVISE_PROPOSAL).getId();
    assertTrue(drafts.of(DraftOf.revision(taskId), "sanna").isEmpty());

    Proposal halfRevised = Proposal.of(proposals.profile(profile.getId()));
    halfRevised.setSuccessEvaluation("Followers, reach and a yearly survey");
    halfRevised.setPurpose(null);
    drafts.save(DraftOf.revision(taskId), halfRevised, "CONTENT", "sanna");

    assertThrows(NotPermittedException.class, () -> drafts.of(DraftOf.revision(taskId), "markus"));
    assertThrows(
        NotPermittedException.class,
        () -> drafts.save(DraftOf.revision(taskId), new Proposal(), "PROFILE", "tiina"));
    assertThrows(
        NotPermittedException.class, () -> drafts.discard(DraftOf.revision(taskId), "markus"));
    SavedDraft kept = drafts.of(DraftOf.revision(taskId), "sanna").orElseThrow();
    assertEquals("CONTENT", kept.getStep());
    assertEquals("Followers, reach and a yearly survey", kept.getProposal().getSuccessEvaluation());
    assertNull(kept.getProposal().getPurpose(), "an incomplete revision is kept as it is");
    Profile submitted = proposals.profile(profile.getId());
    assertEquals(
        "Followers and feedback, every six months",
        submitted.getPlan().getSuccessEvaluation(),
        "the proposal keeps what was sent until the revision is resubmitted");
    assertEquals("Events and news of the city library.", submitted.getPurpose());
  }

  @Test
  void anUnsafeChangeIsNotKeptAndAnIncompleteOneIsNotResubmitted() throws Exception {
    Profile profile = returned("Vaarallinen " + UUID.randomUUID());
    String taskId = fixture.awaitTask(profile, REVISE_PROPOSAL).getId();
    Proposal revised = Proposal.of(proposals.profile(profile.getId()));
    revised.setPurpose(null);
    String address = revised.getAccountUrl();
    drafts.save(DraftOf.revision(taskId), revised, "PURPOSE", "sanna");

    revised.setAccountUrl("javascript:alert(1)");
    EJBException unsafe =
        assertThrows(
            EJBException.class,
            () -> drafts.save(DraftOf.revision(taskId), revised, "PURPOSE", "sanna"));
    assertInstanceOf(ConstraintViolationException.class, unsafe.getCause());
    revised.setAccountUrl(address);
    EJBException incomplete =
        assertThrows(
            EJBException.class, () -> drafts.submit(DraftOf.revision(taskId), revised, "sanna"));
    assertInstanceOf(ConstraintViolationException.class, incomplete.getCause());

    assertEquals(
        address,
        drafts.of(DraftOf.revision(taskId), "sanna").orElseThrow().getProposal().getAccountUrl());
    assertEquals(ProfileState.PROPOSED, proposals.profile(profile.getId()).getState());
  }

  @Test
  void resubmittingDeletesTheDraftAndASecondReturnStartsFromWhatWasSent() throws Exception {
    Profile profile = returned("Lähetetty " + UUID.randomUUID());
    Task first = fixture.awaitTask(profile, REVISE_PROPOSAL);
    Proposal revised = Proposal.of(proposals.profile(profile.getId()));
    revised.setSuccessEvaluation("Followers, reach and a yearly survey");
    drafts.save(DraftOf.revision(first.getId()), revised, "REVIEW", "sanna");

    assertThrows(
        NotPermittedException.class,
        () -> drafts.submit(DraftOf.revision(first.getId()), revised, "markus"));
    drafts.submit(DraftOf.revision(first.getId()), revised, "sanna");

    assertEquals(ProfileState.IN_DECISION, proposals.profile(profile.getId()).getState());
    assertEquals(0, draftsOf(profile));
    assertThrows(
        NotFoundException.class, () -> drafts.of(DraftOf.revision(first.getId()), "sanna"));
    decisions.decide(
        fixture.taskOf(profile, MANAGER_DECISION).getId(),
        Decision.returnForRevision("Still missing the hours"),
        "markus");
    String second = fixture.awaitTask(profile, REVISE_PROPOSAL).getId();
    assertTrue(drafts.of(DraftOf.revision(second), "sanna").isEmpty());
    assertEquals(
        "Followers, reach and a yearly survey",
        proposals.profile(profile.getId()).getPlan().getSuccessEvaluation());
  }

  @Test
  void discardedChangesAreGoneAndTheTaskStillWaits() throws Exception {
    Profile profile = returned("Hylätyt muutokset " + UUID.randomUUID());
    String taskId = fixture.awaitTask(profile, REVISE_PROPOSAL).getId();
    drafts.save(
        DraftOf.revision(taskId),
        Proposal.of(proposals.profile(profile.getId())),
        "PURPOSE",
        "sanna");

    drafts.discard(DraftOf.revision(taskId), "sanna");

    assertTrue(drafts.of(DraftOf.revision(taskId), "sanna").isEmpty());
    assertEquals(taskId, fixture.taskOf(profile, REVISE_PROPOSAL).getId());
  }

  @Test
  void withdrawingTheProposalDeletesTheUnsentChanges() throws Exception {
    Profile profile = returned("Peruttu " + UUID.randomUUID());
    String taskId = fixture.awaitTask(profile, REVISE_PROPOSAL).getId();
    drafts.save(
        DraftOf.revision(taskId),
        Proposal.of(proposals.profile(profile.getId())),
        "PURPOSE",
        "sanna");
    assertEquals(1, draftsOf(profile));

    proposals.withdraw(profile.getId(), "sanna");

    assertEquals(ProfileState.WITHDRAWN, proposals.profile(profile.getId()).getState());
    assertEquals(0, draftsOf(profile));
  }

  /** Proposed by sanna and returned to her by markus. */
  private Profile returned(String name) throws InterruptedException {
    Profile profile = proposals.submit(LifecycleFixture.proposal(name), "sanna");
    Task decision = fixture.awaitTask(profile, MANAGER_DECISION);
    decisions.decide(
        decision.getId(), Decision.returnForRevision("Say how success is measured"), "markus");
    return profile;
  }

  private int draftsOf(Profile profile) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement count =
            connection.prepareStatement("select count(*) from DRAFT where PROFILE_ID = ?")) {
      count.setLong(1, profile.getId());
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
