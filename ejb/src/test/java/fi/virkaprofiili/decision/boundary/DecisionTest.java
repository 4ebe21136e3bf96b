package fi.virkaprofiili.decision.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.processes.ProfileLifecycle;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void approvalNeedsNoReason() {
    assertThat(validator.validate(Decision.approve())).isEmpty();
  }

  @Test
  void anApprovalKeepsTheReasonGiven() {
    assertThat(Decision.approve("Fits the unit's plan").getReason())
        .isEqualTo("Fits the unit's plan");
    assertThat(validator.validate(Decision.approve("Fits the unit's plan"))).isEmpty();
  }

  @Test
  void aReturnWithoutAReasonSaysItIsAboutReturningNotRejecting() {
    assertThat(validator.validate(Decision.returnForRevision(" ")))
        .extracting(violation -> violation.getMessageTemplate())
        .containsExactly("{decision.return.reason.required}");
    assertThat(validator.validate(Decision.reject(" ")))
        .extracting(violation -> violation.getMessageTemplate())
        .containsExactly("{decision.reason.required}");
  }

  @Test
  void rejectionNeedsAReason() {
    assertThat(validator.validate(Decision.reject("  "))).hasSize(1);
    assertThat(validator.validate(Decision.reject(null))).hasSize(1);
    assertThat(validator.validate(Decision.reject("Duplicate of the library's profile"))).isEmpty();
  }

  @Test
  void aReturnSaysWhatToChange() {
    assertThat(validator.validate(Decision.returnForRevision(""))).hasSize(1);
    assertThat(validator.validate(Decision.returnForRevision("Add a second administrator")))
        .isEmpty();
  }

  @Test
  void outcomesAreTheValuesTheProcessBranchesOn() {
    assertThat(Decision.Outcome.values())
        .extracting(Enum::name)
        .containsExactlyInAnyOrder(
            ProfileLifecycle.APPROVE, ProfileLifecycle.REJECT, ProfileLifecycle.RETURN);
  }

  @Test
  void aDecisionHasAnOutcome() {
    assertThat(validator.validate(new Decision())).hasSize(1);
  }
}
