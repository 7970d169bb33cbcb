package org.steward.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules on a module's test classes: {@code mvn test} (surefire, {@code *Test}) needs neither anvil
 * nor Node, so a test that starts a devnet is an {@code *IT} and runs in the integration phase.
 */
public final class TestPhaseRules {

    @ArchTest
    public static final ArchRule UNIT_TESTS_START_NO_DEVNET = noClasses()
            .that().haveSimpleNameEndingWith("Test").or().haveSimpleNameEndingWith("Tests")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.steward.devnet.Devnet")
            .because("a test that starts anvil runs in the integration phase: name it *IT (failsafe)")
            .allowEmptyShould(true);

    private TestPhaseRules() {
    }
}
