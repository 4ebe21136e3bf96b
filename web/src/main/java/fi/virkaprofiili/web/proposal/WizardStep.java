package fi.virkaprofiili.web.proposal;

import java.util.Set;

/**
 * The steps of the proposal wizard, in order, each with the proposal's properties it asks for (as
 * Bean Validation names them, the rule checks included), so that a step is complete when none of
 * its properties breaks a rule. The last step shows everything before it is submitted.
 */
public enum WizardStep {
  PROFILE(
      "kind",
      "name",
      "channel",
      "unitCode",
      "expertUserId",
      "expertNamed",
      "campaignEndsOn",
      "campaignEndGiven",
      "accountUrl",
      "accountOnService"),
  PURPOSE("purpose", "targetAudiences"),
  CONTENT("plannedContent", "promotion", "successEvaluation"),
  RESOURCING(
      "administrators",
      "enoughAdministrators",
      "everyAdministratorNamedWithJobTitle",
      "hoursPerWeek",
      "updateFrequency"),
  TERMS(
      "termsOfUseUrl",
      "termsCheckedOn",
      "languages",
      "privateMessageHandling",
      "responseTimePromise",
      "officialContact"),
  REVIEW;

  private final Set<String> properties;

  WizardStep(String... properties) {
    this.properties = Set.of(properties);
  }

  /** Whether this step asks for the property. */
  public boolean concerns(String property) {
    return properties.contains(property);
  }

  public boolean isReview() {
    return this == REVIEW;
  }

  /** The step's number as people count it. */
  public int getNumber() {
    return ordinal() + 1;
  }

  public WizardStep next() {
    return this == REVIEW ? REVIEW : values()[ordinal() + 1];
  }

  public WizardStep previous() {
    return this == PROFILE ? PROFILE : values()[ordinal() - 1];
  }

  /** The step a saved draft names; the first when it names none this version knows. */
  public static WizardStep named(String name) {
    for (WizardStep step : values()) {
      if (step.name().equals(name)) {
        return step;
      }
    }
    return PROFILE;
  }
}
