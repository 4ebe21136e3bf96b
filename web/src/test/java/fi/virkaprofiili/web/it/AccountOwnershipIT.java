package fi.virkaprofiili.web.it;

import static fi.virkaprofiili.processes.ProfileLifecycle.*;
import static org.junit.jupiter.api.Assertions.*;

import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.decision.boundary.Decision;
import fi.virkaprofiili.decision.boundary.DecisionService;
import fi.virkaprofiili.profile.boundary.AccountTaken;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.account.AccountElsewhere;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.registry.boundary.Verification;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An account is an account on the profile's own service, and belongs to one live profile only
 * (issue 13, defects 1 and 2; issue 14, hole 3), through the real boundaries, transactions and
 * database constraint.
 */
@ExtendWith(ArquillianExtension.class)
class AccountOwnershipIT {

  /** The example: the listed address of a demo profile, on Facebook. */
  private static final String FACEBOOK_DEMO = "https://www.facebook.com/kaupunkitiedottaa.demo";

  private static final String EVIL = "https://evil.example/login?next=official";

  @Inject private LifecycleFixture fixture;
  @Inject private ProposalService proposals;
  @Inject private DecisionService decisions;
  @Inject private CommunicationsAgreement agreement;
  @Inject private AccountSetup setup;
  @Inject private Verification verification;

  @Test
  void setUpRefusesAnAccountOnAnotherServiceAndOneAnotherProfileHolds() throws Exception {
    Profile holder = fixture.listedProfile(unique("Holder"));
    Profile approved = approved(unique("Newcomer"));
    String task = fixture.taskOf(approved, RECORD_ACCOUNT_ADDRESS).getId();

    AccountElsewhere elsewhere =
        assertThrows(
            AccountElsewhere.class, () -> setup.recordAccountAddress(task, FACEBOOK_DEMO, "sanna"));
    assertEquals(Channel.FACEBOOK, elsewhere.foundOn());
    assertEquals("account.otherService", elsewhere.messageKey());
    assertThrows(
        AccountElsewhere.class,
        () -> setup.recordAccountAddress(task, EVIL, "sanna"),
        "no account on Instagram, so never listed, so never called official");

    // The holder's account, written as a phone shares it: the same account all the same.
    String sameAccount =
        "https://m.instagram.com/"
            + holder.getAccountUrl().substring("https://www.instagram.com/".length()).toUpperCase()
            + "/?hl=fi";
    AccountTaken taken =
        assertThrows(
            AccountTaken.class, () -> setup.recordAccountAddress(task, sameAccount, "sanna"));
    assertEquals("account.taken", taken.messageKey());
    assertArrayEquals(new Object[] {holder.getName()}, taken.messageArguments());

    Profile unchanged = proposals.profile(approved.getId());
    assertEquals(approved.getAccountUrl(), unchanged.getAccountUrl(), "nothing half-written");
    assertEquals(ProfileState.APPROVED, unchanged.getState());
    assertNotNull(fixture.taskOf(approved, RECORD_ACCOUNT_ADDRESS), "the task still waits");
    assertNotEquals(Verification.Answer.OFFICIAL, verification.verify(EVIL).answer());
    assertEquals(
        holder.getId(), verification.verify(sameAccount).profile().getId(), "verify names one");

    String own = "https://www.instagram.com/own_" + UUID.randomUUID().toString().substring(0, 8);
    setup.recordAccountAddress(task, own, "sanna");
    assertEquals(own, proposals.profile(approved.getId()).getAccountUrl());
  }

  @Test
  void aProposalNamesNeitherAnotherServicesAccountNorOneAnotherLiveProfileHolds() throws Exception {
    Proposal wrongService = LifecycleFixture.proposal(unique("Wrong service"));
    wrongService.setChannel(Channel.FACEBOOK);
    wrongService.setAccountUrl("https://www.instagram.com/wrongchannel");
    EJBException refused =
        assertThrows(EJBException.class, () -> proposals.submit(wrongService, "sanna"));
    assertInstanceOf(ConstraintViolationException.class, refused.getCause());

    Proposal first = LifecycleFixture.proposal(unique("First"));
    Profile holding = proposals.submit(first, "sanna");
    Proposal second = LifecycleFixture.proposal(unique("Second"));
    second.setAccountUrl(first.getAccountUrl());
    AccountTaken taken = assertThrows(AccountTaken.class, () -> proposals.submit(second, "sanna"));
    assertArrayEquals(new Object[] {holding.getName()}, taken.messageArguments());
    assertTrue(
        proposals.proposedBy("sanna").stream().noneMatch(p -> p.getName().equals(second.getName())),
        "nothing of the refused proposal is stored");

    proposals.withdraw(holding.getId(), "sanna");
    Profile freed = proposals.submit(second, "sanna");
    assertEquals(first.getAccountUrl(), freed.getAccountUrl(), "a withdrawn proposal frees it");
  }

  /** Proposed by sanna, approved by markus, agreed by tiina: waiting for its set-up. */
  private Profile approved(String name) throws InterruptedException {
    Profile profile = proposals.submit(LifecycleFixture.proposal(name), "sanna");
    decisions.decide(
        fixture.taskOf(profile, MANAGER_DECISION).getId(), Decision.approve(), "markus");
    agreement.agree(fixture.taskOf(profile, COMMUNICATIONS_AGREEMENT).getId(), "tiina");
    fixture.awaitTask(profile, RECORD_ACCOUNT_ADDRESS);
    return profile;
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID();
  }
}
