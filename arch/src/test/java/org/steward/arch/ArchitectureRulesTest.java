package org.steward.ui.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The shipped rules accept a well-layered feature and name the classes of a leaky one. */
class FeatureLayerRulesTest {

    @Test
    void aCleanFeaturePassesEveryRule() {
        JavaClasses clean = new ClassFileImporter().importPackages("org.steward.archfixture.clean");

        assertThat(clean).isNotEmpty();
        assertThat(FeatureLayerRules.DOMAIN_AND_SERVICE_HAVE_NO_JAVAFX.evaluate(clean).hasViolation()).isFalse();
        assertThat(FeatureLayerRules.DOMAIN_AND_SERVICE_DO_NOT_USE_UI_KIT.evaluate(clean).hasViolation()).isFalse();
        assertThat(FeatureLayerRules.DOMAIN_DOES_NOT_CALL_THE_UI.evaluate(clean).hasViolation()).isFalse();
    }

    @Test
    void aServiceThatImportsJavafxAndUiKitIsReported() {
        JavaClasses leaky = new ClassFileImporter().importPackages("org.steward.archfixture.leaky");

        EvaluationResult javafx = FeatureLayerRules.DOMAIN_AND_SERVICE_HAVE_NO_JAVAFX.evaluate(leaky);
        EvaluationResult uiKit = FeatureLayerRules.DOMAIN_AND_SERVICE_DO_NOT_USE_UI_KIT.evaluate(leaky);

        assertThat(javafx.hasViolation()).isTrue();
        assertThat(javafx.getFailureReport().getDetails()).anyMatch(d -> d.contains("LeakyService") && d.contains("javafx.application.Platform"));
        assertThat(uiKit.getFailureReport().getDetails()).anyMatch(d -> d.contains("org.steward.ui.UserMessages"));
    }
}
