package fi.virkaprofiili.review.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.proposal.boundary.AdministratorEntry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewAnswerValidationTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @BeforeAll
  static void inEnglish() {
    Locale.setDefault(Locale.ENGLISH);
  }

  @Test
  void everyQuestionIsAnswered() {
    assertThat(messages(new ReviewAnswer()))
        .contains(
            "Say whether the profile is updated regularly.",
            "Say whether questions are answered.",
            "Say whether the administrators are still right.",
            "Say whether the service's terms of use have changed.",
            "Choose what happens next.");
  }

  @Test
  void aNeglectedProfileCannotSimplyContinue() {
    ReviewAnswer answer = answer(false, ReviewAnswer.Outcome.CONTINUE);

    assertThat(messages(answer))
        .containsExactly(
            "A profile that is not kept up or whose administrators are not right cannot simply continue: change the administrators or propose closure.");
    assertThat(messages(answer(false, ReviewAnswer.Outcome.PROPOSE_CLOSURE))).isEmpty();
  }

  @Test
  void changedTermsOfUseAreDescribed() {
    ReviewAnswer answer = answer(true, ReviewAnswer.Outcome.CONTINUE);
    answer.setTermsOfUseChanged(true);

    assertThat(messages(answer)).containsExactly("Describe how the terms of use changed.");
    answer.setNotes(
        "The service now uses posts to train its models; our content is public anyway.");
    assertThat(messages(answer)).isEmpty();
  }

  @Test
  void newAdministratorsAreNamedWithJobTitles() {
    ReviewAnswer answer = answer(true, ReviewAnswer.Outcome.CHANGE_ADMINISTRATORS);
    answer.setAdministrators(List.of(new AdministratorEntry("Pekka Päivittäjä", null)));

    assertThat(messages(answer))
        .containsExactly("Give each administrator both a name and a job title.");
  }

  @Test
  void administratorFieldsDoNotStopAnotherOutcome() {
    ReviewAnswer answer = answer(true, ReviewAnswer.Outcome.CONTINUE);
    AdministratorEntry halfTyped = new AdministratorEntry("Pekka Päivittäjä", null);
    halfTyped.setEmail("not an address");
    answer.setAdministrators(List.of(halfTyped));

    ReviewAnswer continuing = answer.onlyWhatApplies();

    assertThat(messages(continuing)).isEmpty();
    assertThat(continuing.getAdministrators()).isEmpty();
    answer.setOutcome(ReviewAnswer.Outcome.CHANGE_ADMINISTRATORS);
    assertThat(messages(answer.onlyWhatApplies())).isNotEmpty();
  }

  private static ReviewAnswer answer(boolean keptUp, ReviewAnswer.Outcome outcome) {
    ReviewAnswer answer = new ReviewAnswer();
    answer.setUpdatedRegularly(keptUp);
    answer.setQuestionsAnswered(true);
    answer.setAdministratorsRight(true);
    answer.setTermsOfUseChanged(false);
    answer.setOutcome(outcome);
    return answer;
  }

  private Set<String> messages(ReviewAnswer answer) {
    return validator.validate(answer).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }
}
