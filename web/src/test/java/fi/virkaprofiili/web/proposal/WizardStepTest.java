package fi.virkaprofiili.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.proposal.boundary.Proposal;
import java.beans.Introspector;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of a proposal is asked for by exactly one step, so no step can hide a broken one. */
class WizardStepTest {

  @Test
  void eachConstrainedPropertyBelongsToExactlyOneStep() {
    List<String> properties = constrainedProperties();

    assertThat(properties)
        .contains(
            "name",
            "administrators",
            "enoughAdministrators",
            "campaignEndGiven",
            "officialContact");
    for (String property : properties) {
      assertThat(Arrays.stream(WizardStep.values()).filter(step -> step.concerns(property)))
          .as(property)
          .hasSize(1);
    }
  }

  @Test
  void stepsGoForwardAndBackWithinTheWizard() {
    assertThat(WizardStep.PROFILE.previous()).isEqualTo(WizardStep.PROFILE);
    assertThat(WizardStep.TERMS.next()).isEqualTo(WizardStep.REVIEW);
    assertThat(WizardStep.REVIEW.next()).isEqualTo(WizardStep.REVIEW);
    assertThat(WizardStep.named("CONTENT")).isEqualTo(WizardStep.CONTENT);
    assertThat(WizardStep.named("A_STEP_OF_AN_OLDER_RELEASE")).isEqualTo(WizardStep.PROFILE);
  }

  private static List<String> constrainedProperties() {
    List<String> properties = new ArrayList<>();
    Arrays.stream(Proposal.class.getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()) && isConstrained(field))
        .forEach(field -> properties.add(field.getName()));
    Arrays.stream(Proposal.class.getDeclaredMethods())
        .filter(method -> method.getName().startsWith("is") && isConstrained(method))
        .forEach(
            method -> properties.add(Introspector.decapitalize(method.getName().substring(2))));
    return properties;
  }

  private static boolean isConstrained(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      String type = annotation.annotationType().getName();
      if (type.startsWith("jakarta.validation.constraints.")
          || type.equals("jakarta.validation.Valid")) {
        return true;
      }
    }
    return false;
  }
}
