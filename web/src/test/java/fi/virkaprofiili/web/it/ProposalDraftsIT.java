package fi.virkaprofiili.web.it;

import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.proposal.boundary.DraftOf;
import fi.virkaprofiili.proposal.boundary.Drafts;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.proposal.boundary.SavedDraft;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drafts in the real container: their owner's only, checked as drafts, gone when submitted. */
@ExtendWith(ArquillianExtension.class)
class ProposalDraftsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private Drafts drafts;
  @Inject private ProposalService proposals;

  @Test
  void aUserCannotLoadChangeOrDiscardAnothersDraft() {
    String author = "author-" + UUID.randomUUID();
    String other = "other-" + UUID.randomUUID();
    Proposal written = new Proposal();
    written.setName("Oma luonnos");
    SavedDraft saved = drafts.save(DraftOf.newProposal(), written, "PURPOSE", author);

    assertThrows(NotPermittedException.class, () -> drafts.load(saved.getId(), other));
    assertThrows(NotPermittedException.class, () -> drafts.discard(saved.getId(), other));
    assertTrue(drafts.of(DraftOf.newProposal(), other).isEmpty());

    Proposal overwritten = new Proposal();
    overwritten.setName("Toisen teksti");
    drafts.save(DraftOf.newProposal(), overwritten, "PROFILE", other);
    SavedDraft own = drafts.load(saved.getId(), author);
    assertEquals(
        "Oma luonnos",
        own.getProposal().getName(),
        "another's save is their own draft, never this one");
    assertEquals("PURPOSE", own.getStep());
  }

  @Test
  void anIncompleteDraftIsKeptButAnUnsafeAddressIsNot() {
    String author = "author-" + UUID.randomUUID();
    Proposal incomplete = new Proposal();
    incomplete.setName("Keskeneräinen");
    drafts.save(DraftOf.newProposal(), incomplete, "PROFILE", author);

    incomplete.setAccountUrl("javascript:alert(1)");
    EJBException refusal =
        assertThrows(
            EJBException.class,
            () -> drafts.save(DraftOf.newProposal(), incomplete, "PURPOSE", author));

    assertInstanceOf(ConstraintViolationException.class, refusal.getCause());
    SavedDraft kept = drafts.of(DraftOf.newProposal(), author).orElseThrow();
    assertNull(kept.getProposal().getAccountUrl());
    assertEquals("PROFILE", kept.getStep());
  }

  @Test
  void submittingStartsTheProposalAndDeletesTheDraft() {
    String author = "author-" + UUID.randomUUID();
    Proposal proposal = LifecycleFixture.proposal("Luonnoksesta " + UUID.randomUUID());
    drafts.save(DraftOf.newProposal(), proposal, "REVIEW", author);

    Profile profile = drafts.submit(DraftOf.newProposal(), proposal, author);

    assertEquals(ProfileState.IN_DECISION, proposals.profile(profile.getId()).getState());
    assertTrue(drafts.of(DraftOf.newProposal(), author).isEmpty());
  }

  @Test
  void aRefusedSubmissionKeepsTheDraft() {
    String author = "author-" + UUID.randomUUID();
    Proposal incomplete = new Proposal();
    incomplete.setName("Puutteellinen");
    drafts.save(DraftOf.newProposal(), incomplete, "REVIEW", author);
    Proposal unknownExpert =
        LifecycleFixture.expertProposal(
            "Tuntematon " + UUID.randomUUID(), "nobody-" + UUID.randomUUID());
    drafts.save(DraftOf.newProposal(), unknownExpert, "REVIEW", author);

    assertThrows(
        NotFoundException.class, () -> drafts.submit(DraftOf.newProposal(), unknownExpert, author));
    EJBException refusal =
        assertThrows(
            EJBException.class, () -> drafts.submit(DraftOf.newProposal(), incomplete, author));

    assertInstanceOf(ConstraintViolationException.class, refusal.getCause());
    assertEquals(
        unknownExpert.getName(),
        drafts.of(DraftOf.newProposal(), author).orElseThrow().getProposal().getName());
    assertTrue(proposals.proposedBy(author).isEmpty());
  }
}
