package org.steward.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.steward.arch.ArchitectureRules;

/** The app keeps the rules every module keeps (docs/architecture.md, "Rules the build enforces"), with one exemption. */
@AnalyzeClasses(packages = "org.steward.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    /**
     * Exemption: the app's screens still live beside their adapters in these packages. Moving them
     * into ui packages belongs with the split of ScreenFactory into per-feature entry points (issue
     * 17, item 2), which rewrites the same classes; until then account and cli, the app's non-screen
     * packages, are held to the rule, and no new package may use JavaFX outside ui.
     */
    @ArchTest
    static final ArchRule noJavaFxOutsideUi = ArchitectureRules.noJavaFxOutsideUiOr("org.steward.app.shell..",
            "org.steward.app.devices..", "org.steward.app.addressbook..", "org.steward.app.history..",
            "org.steward.app.notify..", "org.steward.app.profiles..");

    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesUi = ArchitectureRules.NO_FEATURE_USES_ANOTHER_FEATURES_UI;

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule simulatorsStayOutOfTheRealDeviceCode = ArchitectureRules.SIMULATORS_STAY_OUT_OF_THE_REAL_DEVICE_CODE;
}
