package fi.virkaprofiili.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The ejb module keeps the dependency rules of docs/architecture.md. Run by surefire with the unit
 * tests; a broken rule fails the build and names each offending dependency.
 */
@AnalyzeClasses(
    packages = ArchitectureTest.ROOT,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "fi.virkaprofiili";

  @ArchTest
  static final ArchRule noCyclesBetweenComponents = ComponentRules.noCyclesBetweenComponents(ROOT);

  @ArchTest
  static final ArchRule entitiesUseNoControlOrBoundary =
      ComponentRules.entitiesUseNoControlOrBoundary(ROOT);

  @ArchTest
  static final ArchRule platformUsesNoBusinessComponent =
      ComponentRules.platformUsesNoBusinessComponent(ROOT);

  @ArchTest
  static final ArchRule kernelsUseOnlyThePlatform = ComponentRules.kernelsUseOnlyThePlatform(ROOT);

  @ArchTest
  static final ArchRule nothingUsesTheLifecycle = ComponentRules.nothingUsesTheLifecycle(ROOT);
}
