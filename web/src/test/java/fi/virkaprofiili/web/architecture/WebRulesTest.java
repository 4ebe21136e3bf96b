package fi.virkaprofiili.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The web rule fails on web classes that break it, naming what they reach, and passes one that
 * keeps it: a rule that could no longer fail would let {@link WebArchitectureTest} pass unseen.
 */
class WebRulesTest {

  private static final String HERE = "fi.virkaprofiili.web.architecture";

  @Test
  void aWebClassReachingEjbControlOrMachineryIsFound() {
    EvaluationResult result = evaluate(HERE + ".broken");

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("ReachesControl", "fi.virkaprofiili.profile.control.LifecycleVariables")
        .contains("ReachesEngine", "fi.virkaprofiili.platform.engine.ProcessEngineBootstrap");
  }

  @Test
  void aWebClassUsingBoundariesEntitiesAndPlatformExceptionsPasses() {
    EvaluationResult result = evaluate(HERE + ".sound");

    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }

  private static EvaluationResult evaluate(String webPackage) {
    return WebRules.webUsesEjbBoundariesOnly(webPackage)
        .evaluate(new ClassFileImporter().importPackages(webPackage));
  }
}
