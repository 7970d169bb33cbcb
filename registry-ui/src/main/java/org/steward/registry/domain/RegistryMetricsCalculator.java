package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.registry.domain.RegistryEvent.ChallengeOpened;
import org.steward.registry.domain.RegistryEvent.ChallengeResolved;

/** Computes {@link RegistryMetrics} from the events of a registry, its token and its Governor, and nothing else. */
public final class RegistryMetricsCalculator {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private RegistryMetricsCalculator() {
    }

    /**
     * @param events in chain order
     * @param registry the registry's address (its token transfers are stake, not circulation)
     * @param now unix seconds: the end of "listed" periods and of the verifiability window
     * @param asOfBlock the last indexed block
     */
    public static RegistryMetrics compute(List<RegistryEvent> events, Address registry, long now, long asOfBlock) {
        Map<BigInteger, ModelActivity> models = RegistryLedger.replay(events, now);

        int slashes = 0;
        double modelDays = 0;
        BigInteger slashed = BigInteger.ZERO;
        BigInteger atRisk = BigInteger.ZERO;
        BigInteger rewards = BigInteger.ZERO;
        long passing = 0;
        long inWindow = 0;
        long passingInWindow = 0;
        Map<Address, BigInteger> stakeByProvider = new HashMap<>();
        Map<Address, BigInteger> rewardsByProvider = new HashMap<>();
        Map<Address, Long> passingByProvider = new HashMap<>();
        Map<BigInteger, Double> yieldByModel = new HashMap<>();
        for (ModelActivity m : models.values()) {
            slashes += m.slashes();
            modelDays += m.secondsListed(now) / SECONDS_PER_DAY;
            slashed = slashed.add(m.slashed());
            atRisk = atRisk.add(m.atRiskWhenSlashed());
            rewards = rewards.add(m.rewards());
            passing += m.passingValidations();
            inWindow += m.validationsInWindow();
            passingInWindow += m.passingInWindow();
            stakeByProvider.merge(m.provider(), m.stake(), BigInteger::add);
            rewardsByProvider.merge(m.provider(), m.rewards(), BigInteger::add);
            passingByProvider.merge(m.provider(), (long) m.passingValidations(), Long::sum);
            if (m.passingValidations() > 0) {
                yieldByModel.put(m.modelId(), m.rewards().doubleValue() / m.passingValidations());
            }
        }
        Map<Address, Double> yieldByProvider = new HashMap<>();
        passingByProvider.forEach((provider, count) -> {
            if (count > 0) {
                yieldByProvider.put(provider, rewardsByProvider.get(provider).doubleValue() / count);
            }
        });

        long opened = events.stream().filter(e -> e instanceof ChallengeOpened).count();
        long upheld = events.stream().filter(e -> e instanceof ChallengeResolved r && r.upheld()).count();
        GovernanceHealth.Health governance = GovernanceHealth.of(events, registry, asOfBlock);

        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("slashingFrequency", modelDays == 0 ? null : slashes * 100.0 / modelDays,
                "Slashes per 100 model-days listed: Slashed events × 100 ÷ the days each model was listed "
                        + "(from its registration until its removal, or until now)."));
        metrics.add(new Metric("upheldChallengeShare", opened == 0 ? null : (double) upheld / opened,
                "Challenges upheld by governance ÷ challenges opened."));
        metrics.add(new Metric("slashSeverity", atRisk.signum() == 0 ? null : ratio(slashed, atRisk),
                "Tokens slashed ÷ tokens at risk: what each slash took over the stake, unbonding stake and endorsements "
                        + "the model held just before it."));
        metrics.add(new Metric("alignmentYield", passing == 0 ? null : rewards.doubleValue() / passing,
                "Rewards paid (wei) per passing validation, a validation passing when its response is at least "
                        + Verifiability.PASS_THRESHOLD + " of 100; also given per model and per provider."));
        metrics.add(new Metric("verifiabilityRatio", inWindow == 0 ? null : (double) passingInWindow / inWindow, Verifiability.DEFINITION));
        metrics.add(new Metric("tokenVelocity", TokenVelocity.of(events, registry, now), TokenVelocity.DEFINITION));
        metrics.add(new Metric("governanceTurnoutVsQuorum", governance.turnoutVsQuorum(), GovernanceHealth.TURNOUT_DEFINITION));
        metrics.add(new Metric("timeToExecuteSeconds", governance.secondsToExecute(), GovernanceHealth.TIME_TO_EXECUTE_DEFINITION));
        metrics.add(new Metric("cancelledProposalShare", governance.cancelledShare(), GovernanceHealth.CANCELLED_DEFINITION));
        Integer nakamoto = StakeConcentration.nakamoto(stakeByProvider.values());
        metrics.add(new Metric("nakamotoCoefficient", nakamoto == null ? null : nakamoto.doubleValue(), StakeConcentration.NAKAMOTO_DEFINITION));
        metrics.add(new Metric("stakeHhi", StakeConcentration.hhi(stakeByProvider.values()), StakeConcentration.HHI_DEFINITION));
        return new RegistryMetrics(metrics, yieldByModel, yieldByProvider);
    }

    private static double ratio(BigInteger a, BigInteger b) {
        return new java.math.BigDecimal(a).divide(new java.math.BigDecimal(b), java.math.MathContext.DECIMAL64).doubleValue();
    }
}
