package fi.virkaprofiili.closure.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
            "Say where the profile's users are directed, as an https:// address.");
    assertThat(
            messages(
                ClosureDecision.close(
                    "Moved",
                    new OrganisationTime().today().plusDays(30),
                    "https://www.example.org/")))
        .isEmpty();
  }

  /**
   * Issue 14, hole 3: the registry shows the redirection to everyone as "follow us at ...", so it
   * is an absolute https address on a public host, told at its field.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "http://www.example.org/",
        "//www.example.org/",
        "www.example.org/",
        "https://127.0.0.1/",
        "https://10.0.0.8/intra",
        "https://2130706433/",
        "https://[::1]/",
        "https://[2001:db8::1]/",
        "https://localhost/",
        "https://localhost:8443/",
        "https://intra.localhost/",
        "https://printer.local/",
        "https://intranet/",
        "https://user:secret@www.example.org/",
        "https://www.example.org@evil.example/",
        "https://www.example.org:8443/"
      })
  void redirectionIsAnHttpsAddressOnAPublicHost(String redirection) {
    Locale.setDefault(Locale.ENGLISH);

    assertThat(
            messages(
                ClosureDecision.close(
                    "Moved", new OrganisationTime().today().plusDays(30), redirection)))
        .containsExactly(
            "The redirection must be an https:// address on a public site: no IP address, no"
                + " localhost or internal name, no user name or password in the address.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.example.org/",
        "https://kaupunki.fi/uutiset?id=5#alku",
        "HTTPS://www.instagram.com/kaupunki_uusi",
        "https://xn--hmeenlinna-s5a.fi/"
      })
  void publicHttpsRedirectionsAreAccepted(String redirection) {
    assertThat(
            messages(
                ClosureDecision.close(
                    "Moved", new OrganisationTime().today().plusDays(30), redirection)))
        .isEmpty();
  }

  @Test
  void keepingNeedsNoReasonOrDate() {
    assertThat(messages(ClosureDecision.keep(null, null))).isEmpty();
    assertThat(messages(new ClosureDecision()))
        .containsExactly("Choose whether to close or keep the profile.");
  }

  @Test
  void keepingIsNotRefusedForWhatAFormHoldsInTheClosureOnlyFields() {
    ClosureDecision form =
        ClosureDecision.close("Still needed", new OrganisationTime().today(), "ftp://nowhere");
    form.setOutcome(ClosureDecision.Outcome.KEEP);
    form.setNewCampaignEnd(new OrganisationTime().today().plusMonths(6));

    ClosureDecision kept = form.onlyWhatApplies();

    assertThat(messages(kept)).isEmpty();
    assertThat(kept.getOutcome()).isEqualTo(ClosureDecision.Outcome.KEEP);
    assertThat(kept.getReason()).isEqualTo("Still needed");
    assertThat(kept.getNewCampaignEnd()).isEqualTo(new OrganisationTime().today().plusMonths(6));
    assertThat(kept.getRedirectUrl()).isNull();
    assertThat(kept.getClosingOn()).isNull();
  }

  @Test
  void closingStillChecksItsOwnFieldsAndDropsACampaignsNewEnd() {
    ClosureDecision form =
        ClosureDecision.keep("Moved", new OrganisationTime().today().plusMonths(6));
    form.setOutcome(ClosureDecision.Outcome.CLOSE);
    form.setClosingOn(new OrganisationTime().today().plusDays(30));
    form.setRedirectUrl("ftp://nowhere");

    ClosureDecision closing = form.onlyWhatApplies();

    assertThat(messages(closing))
        .containsExactly(
            "The redirection must be an https:// address on a public site: no IP address, no"
                + " localhost or internal name, no user name or password in the address.");
    assertThat(closing.getNewCampaignEnd()).isNull();
  }

  @Test
  void theRedirectionIsOneLineAndTheReasonHasNoControlCharacters() {
    LocalDate closingOn = new OrganisationTime().today().plusDays(30);
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
