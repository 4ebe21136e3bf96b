package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a whole form bean against its Bean Validation rules in the page's language. Faces checks
 * each field as it is entered; the rules that span fields (two administrators, a campaign's end)
 * are checked here before a boundary is called, so they too are shown as messages.
 */
@ApplicationScoped
public class Violations {

  @Inject private ValidatorFactory validatorFactory;
  @Inject private Messages messages;

  /** Shows every broken rule as a message; true when there were none. */
  public boolean isValid(Object bean) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
    Set<ConstraintViolation<Object>> violations =
        validatorFactory.usingContext()
            .messageInterpolator(new MessageInterpolator() {
              @Override
              public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
              }

              @Override
              public String interpolate(String template, Context context, Locale otherLocale) {
                return interpolator.interpolate(template, context, otherLocale);
              }
            })
            .getValidator()
            .validate(bean);
    violations.forEach(violation -> messages.errorText(violation.getMessage()));
    return violations.isEmpty();
  }
}
