package org.steward.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.token.TokenInfo;

class MetricTextsTest {

    private static final Optional<TokenInfo> STW = Optional.of(TokenInfo.fromContract(
            Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"), "Steward", "STW", BigInteger.valueOf(18)));

    @Test
    void everyMetricTheCalculatorGivesHasANameInWords() {
        RegistryMetrics m = RegistryMetricsCalculator.compute(List.of(), Address.ZERO, 1_000_000, 0);
        assertThat(m.metrics()).allSatisfy(metric -> {
            assertThat(MetricTexts.name(metric.key())).as(metric.key()).isNotEqualTo(metric.key()).doesNotContain("Seconds");
            assertThat(MetricTexts.oneLine(metric.definition())).as(metric.key()).endsWith(".").hasSizeLessThanOrEqualTo(metric.definition().length() + 1);
        });
    }

    @Test
    void valuesReadInTheirUnitAndKeepTheComputedNumber() {
        assertThat(MetricTexts.value(new Metric("alignmentYield", 2.52976e19, ""), STW).text()).isEqualTo("25.2976 STW");
        assertThat(MetricTexts.value(new Metric("alignmentYield", 2.52976e19, ""), STW).exact()).isEqualTo("alignmentYield = 25297600000000000000");
        assertThat(MetricTexts.value(new Metric("upheldChallengeShare", 0.5, ""), STW).text()).isEqualTo("50 %");
        assertThat(MetricTexts.value(new Metric("timeToExecuteSeconds", 172_800.0, ""), STW).text()).isEqualTo("2 days");
        assertThat(MetricTexts.value(new Metric("nakamotoCoefficient", 1.0, ""), STW).text()).isEqualTo("1 provider");
        assertThat(MetricTexts.value(new Metric("stakeHhi", 10_000.0, ""), STW).text()).isEqualTo("10,000 of 10,000");
        assertThat(MetricTexts.value(new Metric("governanceTurnoutVsQuorum", null, ""), STW).text()).isEqualTo("—");
        assertThat(MetricTexts.line(new Metric("verifiabilityRatio", 1.0, ""), Optional.empty()).text()).isEqualTo("Validations passing (30 days): 100 %");
    }

    @Test
    void theOneLineDefinitionIsTheFirstClause() {
        assertThat(MetricTexts.oneLine("Slashes per 100 model-days listed: Slashed events × 100 ÷ the days.")).isEqualTo("Slashes per 100 model-days listed.");
        assertThat(MetricTexts.oneLine("Proposals cancelled ÷ proposals created.")).isEqualTo("Proposals cancelled ÷ proposals created.");
    }
}
