package fi.virkaprofiili.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of docs/architecture.md for the business components under a root package: written once,
 * applied to the application ({@link ArchitectureTest}) and to a fixture that breaks each of them
 * ({@link ComponentRulesTest}), so that the build shows each rule still fails when broken.
 */
final class ComponentRules {

  /** The bottom: what every component stands on. */
  static final String PLATFORM = "platform";

  /** The shared kernels: what every step component needs. */
  static final String[] KERNELS = {"profile", "task"};

  /** The top: the process delegates, which may use everything. */
  static final String LIFECYCLE = "lifecycle";

  /** The contract of the BPMN processes, a module of its own beneath this one. */
  static final String PROCESSES = "processes";

  private ComponentRules() {}

  /** No business component reaches, however indirectly, one that reaches it. */
  static ArchRule noCyclesBetweenComponents(String root) {
    return slices()
        .matching(root + ".(*)..")
        .namingSlices("component $1")
        .should()
        .beFreeOfCycles()
        .because("each component is changed and understood from what lies beneath it");
  }

  /** Entities carry the domain; they never reach the services that use them. */
  static ArchRule entitiesUseNoControlOrBoundary(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".(*).entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".(*).control..", root + ".(*).boundary..")
        .because("an entity guards its invariants by itself");
  }

  /** The platform knows no business component; only the processes' contract beneath it. */
  static ArchRule platformUsesNoBusinessComponent(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "." + PLATFORM + "..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(root + "..")
                .or(
                    resideInAnyPackage(
                        root + "." + PLATFORM + "..", root + "." + PROCESSES + "..")))
        .because("the platform is what every component stands on");
  }

  /** The kernels use only the platform (and the processes' contract), never a step component. */
  static ArchRule kernelsUseOnlyThePlatform(String root) {
    String[] kernels = new String[KERNELS.length];
    for (int i = 0; i < KERNELS.length; i++) {
      kernels[i] = root + "." + KERNELS[i] + "..";
    }
    return classes()
        .that()
        .resideInAnyPackage(kernels)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(root + "..")
                .or(resideInAnyPackage(root + "." + PLATFORM + "..", root + "." + PROCESSES + ".."))
                .or(resideInAnyPackage(kernels)))
        .because("every step component may use the kernels, so they may use none of them");
  }

  /** The process delegates are the top: nothing else uses them. */
  static ArchRule nothingUsesTheLifecycle(String root) {
    String lifecycle = root + "." + LIFECYCLE + "..";
    return noClasses()
        .that(not(resideInAnyPackage(lifecycle)))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(lifecycle)
        .because("the BPMN reaches the delegates by name; Java that needs them belongs beneath");
  }
}
