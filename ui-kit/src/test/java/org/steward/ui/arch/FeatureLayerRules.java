package org.steward.ui.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules every feature module (governance, treasury, registry-ui) enforces: its
 * {@code domain} and {@code service} packages stay free of JavaFX and of ui-kit, so they run in
 * the CLI and in tests without a toolkit. Shipped in ui-kit's test-jar; a feature module adds
 * <pre>{@code
 * <dependency><groupId>org.steward</groupId><artifactId>ui-kit</artifactId>
 *   <version>${project.version}</version><type>test-jar</type><scope>test</scope></dependency>
 * }</pre>
 * and one test class:
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.steward.governance", importOptions = ImportOption.DoNotIncludeTests.class)
 * class GovernanceArchitectureTest {
 *     @ArchTest
 *     static final ArchTests layers = ArchTests.in(FeatureLayerRules.class);
 * }
 * }</pre>
 */
public final class FeatureLayerRules {

    @ArchTest
    public static final ArchRule DOMAIN_AND_SERVICE_HAVE_NO_JAVAFX = noClasses()
            .that().resideInAnyPackage("..domain..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("domain and service code runs in the CLI and in tests without a JavaFX toolkit");

    @ArchTest
    public static final ArchRule DOMAIN_AND_SERVICE_DO_NOT_USE_UI_KIT = noClasses()
            .that().resideInAnyPackage("..domain..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.steward.ui..")
            .because("only a feature's ui package may build on ui-kit");

    @ArchTest
    public static final ArchRule DOMAIN_DOES_NOT_CALL_THE_UI = noClasses()
            .that().resideInAnyPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..")
            .because("rules and records know nothing of the screens that show them");

    private FeatureLayerRules() {
    }
}
