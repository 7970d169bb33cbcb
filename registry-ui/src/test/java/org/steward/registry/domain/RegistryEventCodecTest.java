package org.steward.registry.domain;

import org.steward.core.chain.logs.EventMeta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.registry.domain.TestLogs.meta;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/** What the store writes is what it reads back, for every kind of field. */
class RegistryEventCodecTest {

    private static final Address A = Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Hash32 H = Hash32.parse("0x" + "ab".repeat(32));

    @Test
    void everyFieldTypeSurvivesTheRoundTrip() {
        EventMeta m = meta(5, 1, 100);
        List<RegistryEvent> events = List.of(
                new RegistryEvent.ModelRegistered(m, BigInteger.ONE, A, H, new BigInteger("1000000000000000000000"), BigInteger.ZERO),
                new RegistryEvent.StatusChanged(m, BigInteger.ONE, ModelStatus.PENDING, ModelStatus.REMOVED),
                new RegistryEvent.ChallengeResolved(m, BigInteger.TWO, BigInteger.ONE, true, BigInteger.valueOf(5000), BigInteger.TEN),
                new RegistryEvent.UnbondingStarted(m, BigInteger.ONE, BigInteger.TEN, 1_800_000_000L),
                new RegistryEvent.ValidationRecorded(m, BigInteger.ONE, A, H, 42, "ipfs://a \"quoted\", comma"),
                new RegistryEvent.ProposalQueued(m, new BigInteger("2").pow(255), 99));

        for (RegistryEvent e : events) {
            assertThat(RegistryEventCodec.event(e.kind(), m, RegistryEventCodec.fields(e))).isEqualTo(e);
        }
    }

    @Test
    void namesTheModelAnEventIsAbout() {
        EventMeta m = meta(5, 1, 100);
        assertThat(RegistryEventCodec.modelId(new RegistryEvent.StakeAdded(m, BigInteger.valueOf(7), A, BigInteger.ONE)))
                .contains(BigInteger.valueOf(7));
        assertThat(RegistryEventCodec.modelId(new RegistryEvent.Paused(m, A))).isEmpty();
    }

    @Test
    void refusesARowThatDoesNotFitItsKind() {
        assertThatThrownBy(() -> RegistryEventCodec.event("StakeAdded", meta(1, 0, 1), List.of("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 fields");
        assertThatThrownBy(() -> RegistryEventCodec.event("Minted", meta(1, 0, 1), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    }
}
