package org.steward.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** core is the toolkit-free base every module stands on (the enforcer bans the JavaFX artifacts too). */
@AnalyzeClasses(packages = "org.steward.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noToolkit = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.steward.ui..", "org.hid4java..", "org.usb4java..");

    @ArchTest
    static final ArchRule noFeatureModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.steward.app..", "org.steward.governance..", "org.steward.treasury..",
                    "org.steward.registry..", "org.steward.devnet..", "org.steward.wallet..", "org.steward.simulation..");
}
