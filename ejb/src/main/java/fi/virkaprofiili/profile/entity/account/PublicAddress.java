package fi.virkaprofiili.profile.entity.account;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An address the product sends the public to, such as a closing profile's redirection: an absolute
 * {@code https} address on a public host. The registry shows it as "follow us at ...", so it must
 * not lead to a machine inside the organisation (an IP literal, {@code localhost}, a single-label
 * or internal name) nor carry credentials ({@code https://user:password@host}), which also serve to
 * make one host look like another. Blank is valid here: whether one is required is another rule.
 *
 * @see PublicAddresses#isPublicHttps
 */
@Documented
@Constraint(validatedBy = PublicAddress.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface PublicAddress {

  String message() default "{closure.redirectUrl.public}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks each address once, in time linear in its length. */
  class Validator implements ConstraintValidator<PublicAddress, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null
          || value.toString().isBlank()
          || PublicAddresses.isPublicHttps(value.toString());
    }
  }
}
