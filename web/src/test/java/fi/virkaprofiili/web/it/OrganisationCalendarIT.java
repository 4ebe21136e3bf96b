package fi.virkaprofiili.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A proposal's dates are judged on the organisation's calendar (Europe/Helsinki in the ITs), not
 * the server's: at 22:30 UTC it is already the next day in Helsinki. The server under test runs in
 * UTC like the build machine; the engine's clock is moved there.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationCalendarIT {

  @Inject private ProposalService proposals;

  private final LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
  private final LocalDate helsinkiToday = utcToday.plusDays(1);

  @AfterEach
  void clockRunsAgain() {
    ClockUtil.reset();
  }

  @Test
  void afterMidnightInHelsinkiTheTermsCheckedThatDayAreNotInTheFuture() {
    ClockUtil.setCurrentTime(Date.from(utcToday.atTime(22, 30).toInstant(ZoneOffset.UTC)));

    Proposal checkedToday = proposal("Checked today");
    checkedToday.setTermsCheckedOn(helsinkiToday);
    Profile submitted = proposals.submit(checkedToday, "sanna");
    assertEquals(
        helsinkiToday, proposals.profile(submitted.getId()).getUpkeep().getTermsCheckedOn());

    Proposal checkedTomorrow = proposal("Checked tomorrow");
    checkedTomorrow.setTermsCheckedOn(helsinkiToday.plusDays(1));
    EJBException refused =
        assertThrows(EJBException.class, () -> proposals.submit(checkedTomorrow, "sanna"));
    ConstraintViolationException violations =
        assertInstanceOf(ConstraintViolationException.class, refused.getCause());
    assertEquals(
        "{proposal.termsCheckedOn.past}",
        violations.getConstraintViolations().stream()
            .map(ConstraintViolation::getMessageTemplate)
            .reduce((a, b) -> a + ", " + b)
            .orElse(""));
  }

  private static Proposal proposal(String name) {
    return LifecycleFixture.proposal(name + " " + UUID.randomUUID().toString().substring(0, 8));
  }
}
