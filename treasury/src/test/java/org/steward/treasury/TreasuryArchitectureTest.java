package org.steward.treasury;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Safe hashing and signing rules must run in the CLI and in plain tests, with no toolkit loaded. */
@AnalyzeClasses(packages = "org.steward.treasury", importOptions = ImportOption.DoNotIncludeTests.class)
class TreasuryArchitectureTest {

    @ArchTest
    static final ArchRule domainAndServiceHaveNoToolkit = noClasses()
            .that().resideInAnyPackage("org.steward.treasury.domain..", "org.steward.treasury.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.steward.ui..", "org.steward.treasury.ui..")
            .because("domain and service code runs in the CLI and in tests without a JavaFX toolkit");
}
