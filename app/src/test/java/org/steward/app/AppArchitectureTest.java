package org.steward.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.steward.arch.ArchitectureRules;

/**
 * The app keeps the rules every module keeps (docs/architecture.md, "Rules the build enforces"),
 * without exemption: its screens live in {@code ui} packages, and {@link Main} reaches the JavaFX
 * window only through a ui class, never a toolkit type.
 */
@AnalyzeClasses(packages = "org.steward.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule theCommandLineNeedsNoToolkit = noClasses()
            .that().resideInAPackage("org.steward.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..")
            .because("steward's commands run on machines without a display: they open the window only through the DesktopLauncher that Main hands them");
}
