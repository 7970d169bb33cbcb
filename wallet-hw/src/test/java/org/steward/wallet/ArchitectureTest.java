package org.steward.wallet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The device layer asks through callbacks; it never reaches into a toolkit or the UI. */
@AnalyzeClasses(packages = "org.steward.wallet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noToolkit = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.steward.ui..");

    @ArchTest
    static final ArchRule simulatorsStayOutOfTheRealDeviceCode = noClasses()
            .that().resideInAnyPackage("org.steward.wallet.ledger..", "org.steward.wallet.trezor..", "org.steward.wallet.transport..", "org.steward.wallet.usb..")
            .should().dependOnClassesThat().resideInAPackage("org.steward.wallet.sim..");
}
