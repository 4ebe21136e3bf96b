package fi.virkaprofiili.web.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web module reaches the ejb module only as docs/architecture.md allows. */
@AnalyzeClasses(
    packages = "fi.virkaprofiili.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule webUsesEjbBoundariesOnly =
      WebRules.webUsesEjbBoundariesOnly("fi.virkaprofiili.web");
}
