package fi.virkaprofiili.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.closure.boundary.ClosureService;
import fi.virkaprofiili.consent.boundary.ExpertConsent;
import fi.virkaprofiili.decision.boundary.CommunicationsAgreement;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import fi.virkaprofiili.worklist.boundary.TaskComments;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The texts the boundaries take as parameters, not through a form object, are checked too. */
class TextParametersTest {

  private static final String ONE_LINE = "Write this on one line, without control characters.";
  private static final String NO_CONTROLS = "The text cannot contain control characters.";

  private final ExecutableValidator validator =
      Validation.buildDefaultValidatorFactory().getValidator().forExecutables();

  @BeforeAll
  static void inEnglish() {
    Locale.setDefault(Locale.ENGLISH);
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of(
            AccountSetup.class,
            "recordAccountAddress",
            new Object[] {"t1", "https://www.instagram.com/kirjasto\u0000", "sanna"},
            ONE_LINE),
        Arguments.of(
            AccountSetup.class,
            "registerAccess",
            new Object[] {"t1", "Sanna and Tiina\u001b[2J", "ilkka"},
            NO_CONTROLS),
        Arguments.of(
            ExpertConsent.class, "decline", new Object[] {"t1", "No\u0000", "ilkka"}, NO_CONTROLS),
        Arguments.of(
            CommunicationsAgreement.class,
            "returnWithComments",
            new Object[] {"t1", "Fix the plan\u0007", "cecilia"},
            NO_CONTROLS),
        Arguments.of(
            ClosureService.class,
            "requestClosure",
            new Object[] {1L, "Moved\u0000", "markus"},
            NO_CONTROLS),
        Arguments.of(
            TaskComments.class, "comment", new Object[] {"t1", "\u0000", "sanna"}, NO_CONTROLS));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("texts")
  void aTextParameterRefusesControlCharacters(
      Class<?> boundary, String methodName, Object[] arguments, String message) throws Exception {
    Method method =
        Arrays.stream(boundary.getMethods())
            .filter(m -> m.getName().equals(methodName))
            .findFirst()
            .orElseThrow();
    Object instance = boundary.getDeclaredConstructor().newInstance();

    assertThat(validator.validateParameters(instance, method, arguments))
        .extracting(ConstraintViolation::getMessage)
        .contains(message);
  }
}
