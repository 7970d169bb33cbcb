package org.steward.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared rules accept a well-layered feature and name the classes of each kind of fault. */
class ArchitectureRulesTest {

    private static final List<ArchRule> ALL = List.of(ArchitectureRules.NO_JAVAFX_OUTSIDE_UI,
            ArchitectureRules.NO_FEATURE_USES_ANOTHER_FEATURES_UI, ArchitectureRules.NO_PACKAGE_CYCLES,
            ArchitectureRules.SIMULATORS_STAY_OUT_OF_THE_REAL_DEVICE_CODE);

    private static JavaClasses fixtures(String... packages) {
        JavaClasses classes = new ClassFileImporter().importPackages(packages);
        assertThat(classes).isNotEmpty();
        return classes;
    }

    @Test
    void aCleanFeaturePassesEveryRule() {
        JavaClasses clean = fixtures("org.steward.archfixture.clean");

        for (ArchRule rule : ALL) {
            assertThat(rule.evaluate(clean).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void aServiceThatUsesJavafxIsReported() {
        EvaluationResult result = ArchitectureRules.NO_JAVAFX_OUTSIDE_UI.evaluate(fixtures("org.steward.archfixture.leaky"));

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("LeakyService") && d.contains("javafx.application.Platform"));
    }

    @Test
    void aFeatureThatUsesAnotherFeaturesUiIsReported() {
        EvaluationResult result = ArchitectureRules.NO_FEATURE_USES_ANOTHER_FEATURES_UI
                .evaluate(fixtures("org.steward.fixturealpha", "org.steward.fixturebeta"));

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("BetaDesk") && d.contains("AlphaPane"))
                .noneMatch(d -> d.startsWith("Class <org.steward.fixturealpha"));
    }

    @Test
    void twoPackagesThatNeedEachOtherAreReported() {
        EvaluationResult result = ArchitectureRules.NO_PACKAGE_CYCLES.evaluate(fixtures("org.steward.archfixture.cycle"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("Left").contains("Right");
    }

    @Test
    void realDeviceCodeThatCallsASimulatorIsReported() {
        EvaluationResult result = ArchitectureRules.SIMULATORS_STAY_OUT_OF_THE_REAL_DEVICE_CODE.evaluate(fixtures("org.steward.wallet"));

        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("FixtureLedgerLink") && d.contains("FixtureSimulatedLedger"));
    }

    @Test
    void featuresAreTheTopLevelPackagesOtherThanUiKitAndTheAssemblers() {
        assertThat(ArchitectureRules.featureOf("org.steward.registry.service")).contains("registry");
        assertThat(ArchitectureRules.featureUiOf("org.steward.governance.ui.governor")).contains("governance");
        assertThat(ArchitectureRules.featureUiOf("org.steward.governance.service")).isEmpty();
        assertThat(ArchitectureRules.featureOf("org.steward.ui.review")).isEmpty();
        assertThat(ArchitectureRules.featureOf("org.steward.app.shell")).isEmpty();
        assertThat(ArchitectureRules.featureOf("org.steward.bench.governance")).isEmpty();
        assertThat(ArchitectureRules.featureOf("com.example.ui")).isEqualTo(Optional.empty());
    }
}
