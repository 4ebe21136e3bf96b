package fi.virkaprofiili.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ComponentRules} fails on the fixture that breaks it ({@code broken}), and
 * names the dependency that broke it: a rule that could no longer fail would let the application
 * pass {@link ArchitectureTest} unseen.
 */
class ComponentRulesTest {

  private static final String BROKEN = "fi.virkaprofiili.architecture.broken";

  private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(BROKEN);

  @Test
  void aCycleBetweenComponentsIsFound() {
    assertBroken(
        ComponentRules.noCyclesBetweenComponents(BROKEN), "component alpha", "component beta");
  }

  @Test
  void anEntityReachingItsControlIsFound() {
    assertBroken(ComponentRules.entitiesUseNoControlOrBoundary(BROKEN), "AlphaThing", "AlphaRules");
  }

  @Test
  void thePlatformReachingABusinessComponentIsFound() {
    assertBroken(ComponentRules.platformUsesNoBusinessComponent(BROKEN), "Base", "Alpha");
  }

  @Test
  void aKernelReachingAStepComponentIsFound() {
    assertBroken(ComponentRules.kernelsUseOnlyThePlatform(BROKEN), "KernelThing", "Alpha");
  }

  @Test
  void aComponentReachingTheLifecycleIsFound() {
    assertBroken(ComponentRules.nothingUsesTheLifecycle(BROKEN), "Alpha", "AlphaDelegate");
  }

  @Test
  void aRuleNamesOnlyTheClassesThatBreakIt() {
    EvaluationResult result =
        ComponentRules.entitiesUseNoControlOrBoundary(BROKEN).evaluate(FIXTURE);

    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(
            detail ->
                assertThat(detail).startsWith("Method <" + BROKEN + ".alpha.entity.AlphaThing."));
  }

  private static void assertBroken(ArchRule rule, String... named) {
    EvaluationResult result = rule.evaluate(FIXTURE);

    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(named);
  }
}
