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
 * A one-line text: no control character at all, no line or paragraph separator. Such a field (a
 * profile's name, an address) is shown verbatim in plain-text e-mail, where a line break would let
 * its writer forge a line of the message. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface SingleLine {

  String message() default "{validation.singleLine}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks each character once: linear in the text's length whatever it holds. */
  class Validator implements jakarta.validation.ConstraintValidator<SingleLine, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, jakarta.validation.ConstraintValidatorContext c) {
      return TextCharacters.isSingleLine(value);
    }
  }
}
