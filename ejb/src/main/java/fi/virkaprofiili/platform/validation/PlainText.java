package fi.virkaprofiili.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A longer text, written in a text area: it keeps its line breaks and tabs, but no other control
 * character (a NUL, an escape sequence for a terminal). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface PlainText {

  String message() default "{validation.plainText}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks each character once: linear in the text's length whatever it holds. */
  class Validator implements jakarta.validation.ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, jakarta.validation.ConstraintValidatorContext c) {
      return TextCharacters.isPlainText(value);
    }
  }
}
