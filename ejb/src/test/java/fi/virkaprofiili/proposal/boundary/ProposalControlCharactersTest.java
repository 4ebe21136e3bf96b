package fi.virkaprofiili.proposal.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A profile's name and the other one-line fields are shown verbatim in plain-text e-mail: a line
 * break in them would let a proposer forge a line of the message, such as a fake link.
 */
class ProposalControlCharactersTest {

  private static final String ONE_LINE = "Write this on one line, without control characters.";
  private static final String NO_CONTROLS = "The text cannot contain control characters.";

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @BeforeAll
  static void inEnglish() {
    Locale.setDefault(Locale.ENGLISH);
  }

  static Stream<Arguments> oneLineFields() {
    return Stream.of(
        field("name", Proposal::setName),
        field("unitCode", Proposal::setUnitCode),
        field("expertUserId", Proposal::setExpertUserId),
        field("administrator's name", (p, v) -> p.getAdministrators().get(0).setName(v)),
        field("administrator's job title", (p, v) -> p.getAdministrators().get(0).setJobTitle(v)),
        field("administrator's e-mail", (p, v) -> p.getAdministrators().get(0).setEmail(v)));
  }

  private static Arguments field(String name, BiConsumer<Proposal, String> setter) {
    return Arguments.of(name, setter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneLineFields")
  void aOneLineFieldRefusesALineBreak(String name, BiConsumer<Proposal, String> setter) {
    Proposal proposal = ProposalValidationTest.complete();
    setter.accept(proposal, "Kirjasto\r\nOpen it: https://evil.example/");

    assertThat(messages(proposal)).contains(ONE_LINE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneLineFields")
  void aOneLineFieldRefusesOtherControlCharacters(
      String name, BiConsumer<Proposal, String> setter) {
    for (String control : new String[] {"\u0000", "\t", "\u001b", "\u007f", "\u0085", "\u2028"}) {
      Proposal proposal = ProposalValidationTest.complete();
      setter.accept(proposal, "Kirjasto" + control + "x");

      assertThat(messages(proposal)).as("U+%04X", (int) control.charAt(0)).contains(ONE_LINE);
    }
  }

  @Test
  void aOneLineFieldStillTakesAnyPrintableText() {
    Proposal proposal = ProposalValidationTest.complete();
    proposal.setName("Åbo stadsbibliotek – Turun kaupunginkirjasto 📚");

    assertThat(validator.validate(proposal)).isEmpty();
  }

  @Test
  void aLongerTextKeepsItsLineBreaksButRefusesOtherControlCharacters() {
    Proposal proposal = ProposalValidationTest.complete();
    proposal.setPurpose("Library news.\r\nEvents and tips.\n\tAlso exhibitions.");
    proposal.setPrivateMessageHandling("Answered on weekdays.\nOfficial business: registry.");
    assertThat(validator.validate(proposal)).isEmpty();

    proposal.setPurpose("Library news\u0000");
    proposal.setTargetAudiences("Families\u001b[2J");
    proposal.setOfficialContact("kirjaamo@example.org\u0007");
    assertThat(validator.validate(proposal))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly(NO_CONTROLS, NO_CONTROLS, NO_CONTROLS);
  }

  private Set<String> messages(Proposal proposal) {
    return validator.validate(proposal).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }
}
