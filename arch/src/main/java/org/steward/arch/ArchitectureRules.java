package org.steward.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture rules every Steward module applies to its own classes. A module adds the
 * {@code arch} artifact as a test dependency and one test class:
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.steward.governance", importOptions = ImportOption.DoNotIncludeTests.class)
 * class GovernanceArchitectureTest {
 *     @ArchTest
 *     static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
 * }
 * }</pre>
 * A rule that names packages a module does not have passes there: the set is the same everywhere.
 */
public final class ArchitectureRules {

    /** The packages that assemble the features into one program and may therefore show any feature's screens. */
    private static final Set<String> ASSEMBLERS = Set.of("app", "bench");

    @ArchTest
    public static final ArchRule NO_JAVAFX_OUTSIDE_UI = noJavaFxOutsideUiOr();

    @ArchTest
    public static final ArchRule NO_FEATURE_USES_ANOTHER_FEATURES_UI = noClasses()
            .should(useAnotherFeaturesUi())
            .because("a feature reaches another through its service and domain; what two features share on screen belongs in ui-kit")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.steward.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs a package that needs it cannot be understood, tested or moved on its own")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule SIMULATORS_STAY_OUT_OF_THE_REAL_DEVICE_CODE = noClasses()
            .that().resideInAnyPackage("org.steward.wallet", "org.steward.wallet.ledger..", "org.steward.wallet.trezor..",
                    "org.steward.wallet.transport..", "org.steward.wallet.usb..")
            .should().dependOnClassesThat().resideInAPackage("org.steward.wallet.sim..")
            .because("what reaches a real Ledger or OneKey must not change with the simulators the demo and tests use")
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }

    /**
     * {@link #NO_JAVAFX_OUTSIDE_UI} for a module whose screens still share packages with other code:
     * an exemption, so the module's test names each package and says why.
     */
    public static ArchRule noJavaFxOutsideUiOr(String... screenPackages) {
        String[] allowed = new String[screenPackages.length + 1];
        allowed[0] = "..ui..";
        System.arraycopy(screenPackages, 0, allowed, 1, screenPackages.length);
        return noClasses()
                .that().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.steward.ui..")
                .because("domain, service, device and command-line code runs in plain tests and in the CLI without a JavaFX toolkit")
                .allowEmptyShould(true);
    }

    /**
     * The feature a package belongs to: {@code org.steward.<feature>.…}. ui-kit
     * ({@code org.steward.ui}) and the assemblers are no feature.
     */
    static Optional<String> featureOf(String packageName) {
        String[] parts = packageName.split("\\.");
        if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("steward") || parts[2].equals("ui")
                || ASSEMBLERS.contains(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(parts[2]);
    }

    /** The feature whose {@code ui} package (or a package below it) this is. */
    static Optional<String> featureUiOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 4 && parts[3].equals("ui") ? featureOf(packageName) : Optional.empty();
    }

    private static ArchCondition<JavaClass> useAnotherFeaturesUi() {
        return new ArchCondition<>("depend on another feature's ui package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = featureOf(item.getPackageName());
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    Optional<String> target = featureUiOf(d.getTargetClass().getPackageName());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
