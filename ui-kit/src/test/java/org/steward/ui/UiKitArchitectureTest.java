package org.steward.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.steward.arch.ArchitectureRules;

@AnalyzeClasses(packages = "org.steward.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiKitArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule uiKitKnowsNoApplication = noClasses().that().resideInAPackage("org.steward.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.steward.app..", "org.steward.governance..",
                    "org.steward.treasury..", "org.steward.registry..", "org.steward.devnet..", "org.steward.simulation..")
            .because("ui-kit is shared by every feature and must not depend on any of them or on the app");

    @ArchTest
    static final ArchRule onlyTheRunnerHopsThreads = noClasses().that().resideInAPackage("org.steward.ui..")
            .and().doNotHaveSimpleName("FxTaskRunner")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("FxTaskRunner is the one place that moves work onto the FX thread");
}
