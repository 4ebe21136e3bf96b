package fi.virkaprofiili.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day after today, as the organisation counts it (a campaign's last day). Bean Validation's own
 * {@code @Future} counts days in the JVM's time zone: on a server that runs in UTC, a day in
 * Finland was judged against yesterday until 2 or 3 at night. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = AfterToday.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface AfterToday {

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compares with today on the organisation's calendar and the engine's clock. */
  class Validator implements ConstraintValidator<AfterToday, LocalDate> {

    private final OrganisationTime time;

    public Validator() {
      this(new OrganisationTime());
    }

    /** For tests: today as the given time has it. */
    public Validator(OrganisationTime time) {
      this.time = time;
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      LocalDate today = time.today();
      return value == null || value.isAfter(today);
    }
  }
}
