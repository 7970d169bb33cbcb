package org.steward.simulation.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The simulation service stands on core alone: the treasury, governance and registry screens call
 * it, so it may know none of them (and no toolkit: it runs in background tasks and the CLI).
 */
@AnalyzeClasses(packages = "org.steward.simulation", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulationArchitectureTest {

    @ArchTest
    static final ArchRule noToolkit = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.steward.ui..", "org.hid4java..", "org.usb4java..");

    @ArchTest
    static final ArchRule noFeatureModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.steward.app..", "org.steward.governance..", "org.steward.treasury..",
                    "org.steward.registry..", "org.steward.devnet..", "org.steward.wallet..");
}
