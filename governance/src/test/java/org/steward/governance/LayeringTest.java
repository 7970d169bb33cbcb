package org.steward.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Domain and service code must run headless (CLI, devnet, tests), so they never see the toolkit. */
@AnalyzeClasses(packages = "org.steward.governance", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainAndServiceStayToolkitFree = noClasses()
            .that().resideInAnyPackage("org.steward.governance.domain..", "org.steward.governance.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.steward.ui..", "org.steward.governance.ui..");
}
