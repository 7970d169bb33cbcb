package org.steward.registry.domain;

import org.steward.core.chain.logs.EventMeta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.steward.registry.domain.TestLogs.REGISTRY;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.registry.domain.RegistryEvent.ChallengeOpened;
import org.steward.registry.domain.RegistryEvent.ChallengeResolved;
import org.steward.registry.domain.RegistryEvent.Endorsed;
import org.steward.registry.domain.RegistryEvent.ModelRegistered;
import org.steward.registry.domain.RegistryEvent.ProposalCanceled;
import org.steward.registry.domain.RegistryEvent.ProposalCreated;
import org.steward.registry.domain.RegistryEvent.ProposalExecuted;
import org.steward.registry.domain.RegistryEvent.QuorumNumeratorUpdated;
import org.steward.registry.domain.RegistryEvent.RewardPaid;
import org.steward.registry.domain.RegistryEvent.Slashed;
import org.steward.registry.domain.RegistryEvent.StakeAdded;
import org.steward.registry.domain.RegistryEvent.StatusChanged;
import org.steward.registry.domain.RegistryEvent.Transfer;
import org.steward.registry.domain.RegistryEvent.UnbondingStarted;
import org.steward.registry.domain.RegistryEvent.ValidationRecorded;
import org.steward.registry.domain.RegistryEvent.VoteCast;

/** Hand-made histories whose metrics are worked out in the comments. */
class RegistryMetricsCalculatorTest {

    private static final long DAY = 86_400;
    private static final Address P1 = Address.parse("0x1000000000000000000000000000000000000001");
    private static final Address P2 = Address.parse("0x2000000000000000000000000000000000000002");
    private static final Address CURATOR = Address.parse("0x3000000000000000000000000000000000000003");
    private static final Address VALIDATOR = Address.parse("0x4000000000000000000000000000000000000004");
    private static final Hash32 H = Hash32.parse("0x" + "11".repeat(32));

    private final List<RegistryEvent> events = new ArrayList<>();
    private long block;

    private EventMeta at(long time) {
        return TestLogs.meta(++block, 0, time);
    }

    private static BigInteger n(long v) {
        return BigInteger.valueOf(v);
    }

    /**
     * Model 1 (P1, 1,000 staked, 500 endorsed) is slashed 10% on day 10: 100 + 50 of 1,500 at risk.
     * Model 2 (P2, 3,000 + 1,000 - 500 unbonding = 3,500) survives a rejected challenge.
     * Model 3 (P1, 1,500) is listed on day 30. Now is day 40.
     */
    private void registryHistory() {
        events.add(new ModelRegistered(at(0), n(1), P1, H, n(1000), n(0)));
        events.add(new ModelRegistered(at(0), n(2), P2, H, n(3000), n(0)));
        events.add(new Endorsed(at(DAY), n(1), CURATOR, n(500)));
        events.add(new ValidationRecorded(at(DAY), n(1), VALIDATOR, H, 80, "ipfs://v1"));
        events.add(new ChallengeOpened(at(2 * DAY), n(1), n(1), P2, n(10), 5 * DAY));
        events.add(new StatusChanged(at(10 * DAY), n(1), ModelStatus.CHALLENGED, ModelStatus.REMOVED));
        events.add(new Slashed(at(10 * DAY), n(1), n(100), n(0), n(50), n(75), Address.ZERO));
        events.add(new ChallengeResolved(at(10 * DAY), n(1), n(1), true, n(1000), n(150)));
        events.add(new StakeAdded(at(11 * DAY), n(2), P1, n(1000)));
        events.add(new UnbondingStarted(at(12 * DAY), n(2), n(500), 20 * DAY));
        events.add(new ChallengeOpened(at(13 * DAY), n(2), n(2), P1, n(10), 20 * DAY));
        events.add(new ChallengeResolved(at(14 * DAY), n(2), n(2), false, n(0), n(0)));
        events.add(new ValidationRecorded(at(15 * DAY), n(2), VALIDATOR, H, 100, "ipfs://v2"));
        events.add(new ValidationRecorded(at(16 * DAY), n(2), VALIDATOR, H, 49, "ipfs://v3"));
        events.add(new RewardPaid(at(17 * DAY), n(2), P2, n(600)));
        events.add(new RewardPaid(at(17 * DAY), n(1), P1, n(100)));
        events.add(new ModelRegistered(at(30 * DAY), n(3), P1, H, n(1500), n(0)));
        events.add(new ValidationRecorded(at(39 * DAY), n(2), VALIDATOR, H, 50, "ipfs://v4"));
    }

    private double value(RegistryMetrics m, String key) {
        return m.get(key).value();
    }

    @Test
    void registryMetricsFollowTheirDefinitions() {
        registryHistory();
        RegistryMetrics m = RegistryMetricsCalculator.compute(events, REGISTRY, 40 * DAY, block);

        // 1 slash over 10 + 40 + 10 model-days.
        assertThat(value(m, "slashingFrequency")).isCloseTo(100.0 / 60, within(1e-9));
        assertThat(value(m, "upheldChallengeShare")).isEqualTo(0.5);
        // 150 slashed of 1,000 stake + 500 endorsed at risk.
        assertThat(value(m, "slashSeverity")).isCloseTo(0.1, within(1e-12));
        // 700 paid over 3 passing validations (80, 100, 50; 49 fails).
        assertThat(value(m, "alignmentYield")).isCloseTo(700.0 / 3, within(1e-9));
        assertThat(m.alignmentYieldByModel()).containsEntry(n(1), 100.0).containsEntry(n(2), 300.0);
        assertThat(m.alignmentYieldByProvider()).containsEntry(P1, 100.0).containsEntry(P2, 300.0);
        // The window is days 10-40: 100, 49 and 50 are in it, 80 (day 1) is not.
        assertThat(value(m, "verifiabilityRatio")).isCloseTo(2.0 / 3, within(1e-12));
        // P1 holds 0 + 1,500, P2 3,500: one provider is a majority; 30² + 70².
        assertThat(value(m, "nakamotoCoefficient")).isEqualTo(1.0);
        assertThat(value(m, "stakeHhi")).isCloseTo(900 + 4900, within(1e-9));
        assertThat(m.metrics()).allSatisfy(metric -> assertThat(metric.definition()).endsWith("."));
    }

    @Test
    void theSlashedModelsRowCarriesItsHistory() {
        registryHistory();
        var activity = RegistryLedger.replay(events, 40 * DAY).get(n(1));

        assertThat(activity.stake()).isZero();
        assertThat(activity.unbonding()).as("what the slash left of the stake unbonds").isEqualTo(n(900));
        assertThat(activity.endorsementsHeld()).isEqualTo(n(450));
        assertThat(activity.curators()).as("a removed model's endorsements all head for the exit").isEmpty();
        assertThat(activity.slashes()).isEqualTo(1);
        assertThat(activity.secondsListed(40 * DAY)).isEqualTo(10 * DAY);
        assertThat(activity.challengeDeadlines()).containsEntry(n(1), 5 * DAY);
    }

    @Test
    void noHistoryMeansNoValueRatherThanZero() {
        RegistryMetrics m = RegistryMetricsCalculator.compute(List.of(), REGISTRY, 1, 1);
        assertThat(m.metrics()).hasSize(11).allSatisfy(metric -> assertThat(metric.value()).isNull());
    }

    @Test
    void tokenVelocityLeavesOutMintsBurnsAndTheRegistry() {
        Address a = P1;
        Address b = P2;
        events.add(new Transfer(at(0), Address.ZERO, a, n(1000)));
        events.add(new Transfer(at(100), a, b, n(200)));
        events.add(new Transfer(at(100), a, REGISTRY, n(300)));
        events.add(new Transfer(at(200), b, Address.ZERO, n(100)));

        RegistryMetrics m = RegistryMetricsCalculator.compute(events, REGISTRY, 400, block);

        // Supply 1,000 for 200 s then 900 for 200 s: 950 on average; only a -> b moved 200.
        assertThat(value(m, "tokenVelocity")).isCloseTo(200.0 / 950, within(1e-12));
    }

    @Test
    void governanceTurnoutUsesTheQuorumOfEachSnapshot() {
        Address a = P1;
        events.add(new QuorumNumeratorUpdated(TestLogs.meta(1, 0, 10), n(0), n(4)));
        events.add(new Transfer(TestLogs.meta(1, 1, 10), Address.ZERO, a, n(1000)));
        events.add(new Transfer(TestLogs.meta(1, 2, 10), Address.ZERO, P2, n(1000)));
        events.add(new Transfer(TestLogs.meta(2, 0, 20), a, REGISTRY, n(500)));
        events.add(new ProposalCreated(TestLogs.meta(3, 0, 1000), n(11), a, n(5), n(10)));
        events.add(new ProposalCreated(TestLogs.meta(4, 0, 2000), n(22), a, n(8), n(12)));
        events.add(new VoteCast(TestLogs.meta(6, 0, 3000), a, n(11), 1, n(90)));
        events.add(new VoteCast(TestLogs.meta(7, 0, 3100), P2, n(11), 0, n(30)));
        events.add(new Transfer(TestLogs.meta(7, 1, 3100), REGISTRY, a, n(500)));
        events.add(new VoteCast(TestLogs.meta(9, 0, 3200), a, n(22), 2, n(20)));
        events.add(new ProposalCreated(TestLogs.meta(9, 1, 3200), n(33), a, n(1000), n(1100)));
        events.add(new ProposalCanceled(TestLogs.meta(10, 0, 3300), n(33)));
        events.add(new ProposalExecuted(TestLogs.meta(15, 0, 1000 + 3600), n(11)));
        events.add(new ProposalExecuted(TestLogs.meta(16, 0, 2000 + 7200), n(22)));

        RegistryMetrics m = RegistryMetricsCalculator.compute(events, REGISTRY, 10_000, 20);

        // Proposal 11: quorum at block 5 = (2,000 - 500 parked) x 4% = 60, 120 cast -> 2.0.
        // Proposal 22: quorum at block 8 = 2,000 x 4% = 80 (the registry paid out), 20 cast -> 0.25.
        // Proposal 33 votes from block 1,000, past the indexed block 20: no quorum yet.
        assertThat(value(m, "governanceTurnoutVsQuorum")).isCloseTo((2.0 + 0.25) / 2, within(1e-12));
        assertThat(value(m, "timeToExecuteSeconds")).isEqualTo((3600 + 7200) / 2.0);
        assertThat(value(m, "cancelledProposalShare")).isCloseTo(1.0 / 3, within(1e-12));
    }
}
