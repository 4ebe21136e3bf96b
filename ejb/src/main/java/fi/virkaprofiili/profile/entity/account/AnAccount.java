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
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The text names an account on some service, as {@link AccountAddress#parse(String)} reads it. When
 * the only fault is a name longer than its service allows, the refusal says so and gives the limit
 * ({@code {account.name.tooLong}} with {@code {service}} and {@code {longest}}): "not an address"
 * would send a person looking for a mistake they did not make. Blank is valid here.
 */
@Documented
@Constraint(validatedBy = AnAccount.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface AnAccount {

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reads each address once or twice, in time linear in its length. */
  class Validator implements ConstraintValidator<AnAccount, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      if (value == null || value.toString().isBlank()) {
        return true;
      }
      String text = value.toString();
      if (AccountAddress.parse(text).isPresent()) {
        return true;
      }
      Optional<NameTooLong> tooLong = AccountAddress.nameTooLong(text);
      if (tooLong.isPresent()) {
        context.disableDefaultConstraintViolation();
        context
            .unwrap(HibernateConstraintValidatorContext.class)
            .addMessageParameter("service", tooLong.get().brand())
            .addMessageParameter("longest", tooLong.get().longest())
            .buildConstraintViolationWithTemplate("{account.name.tooLong}")
            .addConstraintViolation();
      }
      return false;
    }
  }
}
