package fi.virkaprofiili.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FakeReportFormValidationTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @BeforeAll
  static void inEnglish() {
    Locale.setDefault(Locale.ENGLISH);
  }

  @Test
  void theAddressAndContactAreOneLineAndTheDescriptionHasNoControlCharacters() {
    FakeReportForm form =
        new FakeReportForm(
            "https://www.instagram.com/kaupunki_official\r\nhttps://evil.example/",
            "Uses our logo\u0000",
            "a@example.org\nBcc: b@example.org");

    assertThat(validator.validate(form))
        .extracting(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .contains("address", "description", "contact");
  }

  @Test
  void anOverLongNameIsRefusedWithItsServicesLimit() {
    FakeReportForm form =
        new FakeReportForm(
            "https://x.com/helsinginkaupunki_virallinen", "Uses our logo.", "a@example.org");

    assertThat(validator.validate(form))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("A name on X has at most 15 characters. Check the address.");
  }

  @Test
  void anAddressOfNoAccountIsRefusedAsSuch() {
    FakeReportForm form =
        new FakeReportForm("https://x.com/home", "Uses our logo.", "a@example.org");

    assertThat(validator.validate(form))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly(
            "This is not the address of an account on a social media service. Give e.g."
                + " https://www.instagram.com/name or @user@server.");
  }

  @Test
  void theDescriptionMayRunOverSeveralLines() {
    FakeReportForm form =
        new FakeReportForm(
            "https://www.instagram.com/kaupunki_official",
            "Uses our logo.\r\nAsks for money.",
            "a@example.org");

    assertThat(validator.validate(form)).isEmpty();
  }
}
