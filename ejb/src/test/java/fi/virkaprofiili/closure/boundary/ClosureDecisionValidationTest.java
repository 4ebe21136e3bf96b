package fi.virkaprofiili.closure.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClosureDecisionValidationTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @BeforeAll
  static void inEnglish() {
    Locale.setDefault(Locale.ENGLISH);
  }

  @Test
  void closingStatesReasonDateAndRedirection() {
    assertThat(messages(ClosureDecision.close(null, null, null)))
        .containsExactlyInAnyOrder(
            "Give the reason for closing the profile; it is announced to its users.",
            "Give the closing date.",
            "Say where the profile's users are directed, as an http:// or https:// address.");
    assertThat(
            messages(
                ClosureDecision.close(
                    "Moved", LocalDate.now().plusDays(30), "https://www.example.org/")))
        .isEmpty();
  }

  @Test
  void redirectionIsOnlyEverAWebAddress() {
    assertThat(
            messages(
                ClosureDecision.close(
                    "Moved", LocalDate.now().plusDays(30), "javascript:alert(1)")))
        .containsExactly("The address must start with http:// or https://.");
  }

  @Test
  void keepingNeedsNoReasonOrDate() {
    assertThat(messages(ClosureDecision.keep(null, null))).isEmpty();
    assertThat(messages(new ClosureDecision()))
        .containsExactly("Choose whether to close or keep the profile.");
  }

  @Test
  void keepingIsNotRefusedForWhatAFormHoldsInTheClosureOnlyFields() {
    ClosureDecision form = ClosureDecision.close("Still needed", LocalDate.now(), "ftp://nowhere");
    form.setOutcome(ClosureDecision.Outcome.KEEP);
    form.setNewCampaignEnd(LocalDate.now().plusMonths(6));

    ClosureDecision kept = form.onlyWhatApplies();

    assertThat(messages(kept)).isEmpty();
    assertThat(kept.getOutcome()).isEqualTo(ClosureDecision.Outcome.KEEP);
    assertThat(kept.getReason()).isEqualTo("Still needed");
    assertThat(kept.getNewCampaignEnd()).isEqualTo(LocalDate.now().plusMonths(6));
    assertThat(kept.getRedirectUrl()).isNull();
    assertThat(kept.getClosingOn()).isNull();
  }

  @Test
  void closingStillChecksItsOwnFieldsAndDropsACampaignsNewEnd() {
    ClosureDecision form = ClosureDecision.keep("Moved", LocalDate.now().plusMonths(6));
    form.setOutcome(ClosureDecision.Outcome.CLOSE);
    form.setClosingOn(LocalDate.now().plusDays(30));
    form.setRedirectUrl("ftp://nowhere");

    ClosureDecision closing = form.onlyWhatApplies();

    assertThat(messages(closing))
        .containsExactly("The address must start with http:// or https://.");
    assertThat(closing.getNewCampaignEnd()).isNull();
  }

  @Test
  void theRedirectionIsOneLineAndTheReasonHasNoControlCharacters() {
    LocalDate closingOn = LocalDate.now().plusDays(30);
    assertThat(
            messages(
                ClosureDecision.close("Moved\u0000", closingOn, "https://www.example.org/\u0000x")))
        .contains(
            "Write this on one line, without control characters.",
            "The text cannot contain control characters.");
    assertThat(
            messages(
                ClosureDecision.close(
                    "Moved.\r\nFollow us on the new account.",
                    closingOn,
                    "https://www.example.org/")))
        .isEmpty();
  }

  private Set<String> messages(ClosureDecision decision) {
    return validator.validate(decision).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }
}
