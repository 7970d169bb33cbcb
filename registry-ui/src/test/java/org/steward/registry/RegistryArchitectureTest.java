package org.steward.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The registry's domain and service code runs without a toolkit: plain JUnit tests, reuse from the CLI. */
@AnalyzeClasses(packages = "org.steward.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class RegistryArchitectureTest {

    @ArchTest
    static final ArchRule domainAndServiceHaveNoToolkit = noClasses()
            .that().resideInAnyPackage("org.steward.registry.domain..", "org.steward.registry.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.steward.ui..", "org.steward.registry.ui..")
            .allowEmptyShould(true);
}
