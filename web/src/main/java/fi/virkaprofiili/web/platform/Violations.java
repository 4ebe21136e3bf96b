package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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
    Set<ConstraintViolation<Object>> violations = validate(bean);
    violations.forEach(violation -> messages.errorText(violation.getMessage()));
    return violations.isEmpty();
  }

  /**
   * Shows each broken rule of these groups that concerns one of the bean's properties at the field
   * the page names for it ({@link FieldState} marks the field invalid). The fields themselves stay
   * valid for Faces, which would otherwise no longer show what the user typed. A rule whose field
   * is not on the page is still shown, among the page's messages.
   *
   * @return the properties that break a rule, none when the bean keeps them all
   * @param concerns which top-level properties to check, by name
   * @param clientIdOf the client id of the field that edits a property path
   */
  public Set<String> showAtFields(
      Object bean,
      Predicate<String> concerns,
      Function<Path, String> clientIdOf,
      Class<?>... groups) {
    List<ConstraintViolation<Object>> broken =
        validate(bean, groups).stream()
            .filter(violation -> concerns.test(firstNode(violation.getPropertyPath())))
            .toList();
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ConstraintViolation<Object> violation : broken) {
      String clientId = clientIdOf.apply(violation.getPropertyPath());
      faces.addMessage(
          clientId,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
    }
    return broken.stream()
        .map(violation -> firstNode(violation.getPropertyPath()))
        .collect(Collectors.toSet());
  }

  /** Whether the bean breaks a rule of these groups about one of the properties; shows nothing. */
  public boolean isBroken(Object bean, Predicate<String> concerns, Class<?>... groups) {
    return validate(bean, groups).stream()
        .anyMatch(violation -> concerns.test(firstNode(violation.getPropertyPath())));
  }

  private static String firstNode(Path path) {
    var nodes = path.iterator();
    return nodes.hasNext() ? nodes.next().getName() : "";
  }

  private Set<ConstraintViolation<Object>> validate(Object bean, Class<?>... groups) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
    return validatorFactory
        .usingContext()
        .messageInterpolator(
            new MessageInterpolator() {
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
        .validate(bean, groups);
  }
}
