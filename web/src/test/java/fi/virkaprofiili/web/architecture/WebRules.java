package fi.virkaprofiili.web.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;

/**
 * What the web module may use of the ejb module (docs/architecture.md): the business components'
 * boundaries, and the entities those return; of the platform its business exceptions and {@code
 * Rows} (package {@code platform} itself), the roles and the settings; and the processes' contract
 * (task keys). Never a control package, the process delegates or the platform's machinery.
 */
final class WebRules {

  private static final String APP = "fi.virkaprofiili";

  private WebRules() {}

  /** The classes under {@code webPackage} use ejb through boundaries only. */
  static ArchRule webUsesEjbBoundariesOnly(String webPackage) {
    return classes()
        .that()
        .resideInAPackage(webPackage + "..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(APP + "..")
                .or(resideInAPackage(APP + ".web.."))
                .or(resideInAnyPackage(APP + ".*.boundary..", APP + ".*.entity.."))
                .or(
                    resideInAnyPackage(
                        APP + ".platform",
                        APP + ".platform.identity..",
                        APP + ".platform.config..",
                        APP + ".processes..")))
        .because("the web calls the business through its entry points; a DTO layer is not needed");
  }
}
