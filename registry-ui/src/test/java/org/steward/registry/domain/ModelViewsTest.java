package org.steward.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

class ModelViewsTest {

    private static final Address PROVIDER = Address.parse("0x1000000000000000000000000000000000000001");
    private static final Address CURATOR_A = Address.parse("0x3000000000000000000000000000000000000003");
    private static final Address CURATOR_B = Address.parse("0x3000000000000000000000000000000000000004");
    private static final Hash32 H = Hash32.parse("0x" + "22".repeat(32));

    private static ModelRecord record(long id, ModelStatus status, long openChallenge, long listedAt) {
        return new ModelRecord(id, PROVIDER, status, listedAt, 0, BigInteger.valueOf(1_000), BigInteger.ZERO, BigInteger.valueOf(300),
                BigInteger.valueOf(openChallenge), H, "m" + id, "2.0", "ipfs://m" + id);
    }

    private static BigInteger n(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    void aRowJoinsTheStoredStateWithWhatItsEventsAddUpTo() {
        List<RegistryEvent> events = List.of(
                new RegistryEvent.ModelRegistered(TestLogs.meta(1, 0, 100), n(1), PROVIDER, H, n(1_000), n(0)),
                new RegistryEvent.Endorsed(TestLogs.meta(2, 0, 200), n(1), CURATOR_A, n(200)),
                new RegistryEvent.Endorsed(TestLogs.meta(3, 0, 300), n(1), CURATOR_B, n(100)),
                new RegistryEvent.EndorsementExitStarted(TestLogs.meta(4, 0, 400), n(1), CURATOR_B, n(100), 9_999),
                new RegistryEvent.ValidationRecorded(TestLogs.meta(5, 0, 500), n(1), PROVIDER, H, 30, "ipfs://v"),
                new RegistryEvent.ValidationRecorded(TestLogs.meta(6, 0, 600), n(1), PROVIDER, H, 70, "ipfs://v"),
                new RegistryEvent.RewardPaid(TestLogs.meta(7, 0, 700), n(1), PROVIDER, n(40)),
                new RegistryEvent.ChallengeOpened(TestLogs.meta(8, 0, 800), n(9), n(1), CURATOR_A, n(10), 5_000));

        List<ModelView> rows = ModelViews.of(List.of(record(1, ModelStatus.CHALLENGED, 9, 150), record(2, ModelStatus.ACTIVE, 0, 900)),
                events, 1_000);

        ModelView one = rows.get(0);
        assertThat(one.curators()).as("a curator who left in full no longer backs it").isEqualTo(1);
        assertThat(one.endorsedTokens()).as("the stored amount, not a replay").isEqualTo(n(300));
        assertThat(one.challengeDeadline()).hasValue(5_000);
        assertThat(one.ageSeconds()).isEqualTo(850);
        assertThat(one.verifiability()).hasValue(0.5);
        assertThat(one.alignmentYield()).hasValue(40.0);
        assertThat(one.lastValidationAt()).hasValue(600);
        ModelView two = rows.get(1);
        assertThat(two.hasOpenChallenge()).isFalse();
        assertThat(two.challengeDeadline()).isEmpty();
        assertThat(two.verifiability()).as("no validation is not a 0% pass rate").isEmpty();
        assertThat(two.curators()).isZero();
    }
}
