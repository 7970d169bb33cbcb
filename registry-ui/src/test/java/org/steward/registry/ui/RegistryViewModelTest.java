package org.steward.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.task.DirectTaskRunner;
import org.steward.core.task.Progress;
import org.steward.registry.domain.Metric;
import org.steward.registry.domain.ModelStatus;
import org.steward.registry.domain.ModelView;
import org.steward.registry.domain.RegistryMetrics;
import org.steward.registry.service.RegistrySource;
import org.steward.registry.service.RegistrySync;

/** The registry table's logic without a toolkit; the source is a stand-in for the chain and the history file. */
class RegistryViewModelTest {

    private static final BigInteger STW = BigInteger.TEN.pow(18);
    private static final Address ALICE = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final Address BOB = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    @Test
    void showsStoredRowsThenTheRefreshedOnesWithMetrics() {
        FakeSource source = new FakeSource(List.of(model(1, "old", ModelStatus.PENDING, ALICE, 0)),
                List.of(model(1, "llama", ModelStatus.ACTIVE, ALICE, 0), model(2, "mistral", ModelStatus.CHALLENGED, BOB, 7)));
        RegistryViewModel vm = new RegistryViewModel(source, new DirectTaskRunner());

        vm.activate();

        assertThat(vm.visibleRows()).extracting(ModelRow::title).containsExactly("llama@1.0", "mistral@1.0");
        assertThat(vm.metrics()).extracting(Metric::key).containsExactly("slashingFrequency");
        assertThat(vm.statusProperty().get()).isEqualTo("2 models, indexed to block 42");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(source.progressSeen).isTrue();
    }

    @Test
    void aRefreshThatChangedStoredEventsSaysSoAboveTheTable() {
        FakeSource source = new FakeSource(List.of(), List.of(model(1, "llama", ModelStatus.ACTIVE, ALICE, 0)));
        source.reorg = java.util.Optional.of(new org.steward.core.chain.logs.Reorg(30, 13, 5));
        RegistryViewModel vm = new RegistryViewModel(source, new DirectTaskRunner());

        vm.activate();

        assertThat(vm.statusProperty().get()).isEqualTo("1 models, indexed to block 42");
        assertThat(vm.noticeProperty().get()).startsWith("The node's history of the registry events "
                + "changed 13 blocks deep (from block 30): 5 stored events were replaced");
    }

    @Test
    void filtersByNameProviderStatusOrId() {
        RegistryViewModel vm = new RegistryViewModel(new FakeSource(List.of(),
                List.of(model(1, "llama", ModelStatus.ACTIVE, ALICE, 0), model(2, "mistral", ModelStatus.CHALLENGED, BOB, 7))),
                new DirectTaskRunner());
        vm.activate();

        vm.filterProperty().set("challenged");
        assertThat(vm.visibleRows()).extracting(ModelRow::id).containsExactly(2L);
        vm.filterProperty().set("0xf39f");
        assertThat(vm.visibleRows()).extracting(ModelRow::id).containsExactly(1L);
        vm.filterProperty().set("2");
        assertThat(vm.visibleRows()).extracting(ModelRow::id).containsExactly(2L);
        vm.filterProperty().set("");
        assertThat(vm.visibleRows()).hasSize(2);
    }

    @Test
    void anOpenChallengeShowsItsCountdownAndAmountsAreReadable() {
        ModelRow row = new ModelRow(model(2, "mistral", ModelStatus.CHALLENGED, BOB, 7), 1_000_000);
        assertThat(row.challengeText()).isEqualTo("#7, 1 d left");
        assertThat(row.stakeText().text()).as("before a refresh has read the token: 18 decimals, no symbol").isEqualTo("1,500.5");
        assertThat(row.stakeText().exact()).contains("1500500000000000000000");
        assertThat(new ModelRow(model(2, "m", ModelStatus.CHALLENGED, BOB, 7), 1_100_000).challengeText())
                .isEqualTo("#7, lapsed: anyone may cancel it");
    }

    @Test
    void afterARefreshAmountsCarryTheTokensSymbol() {
        FakeSource source = new FakeSource(List.of(), List.of(model(1, "llama", ModelStatus.ACTIVE, ALICE, 0)));
        source.token = java.util.Optional.of(org.steward.core.token.TokenInfo.fromContract(
                Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"), "Steward", "STW", BigInteger.valueOf(18)));
        RegistryViewModel vm = new RegistryViewModel(source, new DirectTaskRunner());
        vm.activate();
        assertThat(vm.visibleRows().get(0).stakeText().text()).isEqualTo("1,500.5 STW");
        assertThat(vm.visibleRows().get(0).ageText()).isEqualTo("1 h");
        assertThat(vm.token()).isEqualTo(source.token);
    }

    @Test
    void aFailedRefreshSaysWhyAndKeepsTheStoredRows() {
        FakeSource failing = new FakeSource(List.of(model(1, "kept", ModelStatus.ACTIVE, ALICE, 0)), null);
        RegistryViewModel vm = new RegistryViewModel(failing, new DirectTaskRunner());
        vm.activate();
        assertThat(vm.visibleRows()).extracting(ModelRow::title).containsExactly("kept@1.0");
        assertThat(vm.statusProperty().get()).isEqualTo("Cannot reach the RPC: check the URL.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    private static ModelView model(long id, String name, ModelStatus status, Address provider, long challenge) {
        return new ModelView(id, name, "1.0", provider, status, STW.multiply(BigInteger.valueOf(1500)).add(STW.divide(BigInteger.TWO)),
                BigInteger.ZERO, BigInteger.ZERO, 0, Hash32.of(new byte[32]), "ipfs://" + name, BigInteger.valueOf(challenge),
                challenge == 0 ? OptionalLong.empty() : OptionalLong.of(1_086_400), 0, 3600, 0, BigInteger.ZERO, BigInteger.ZERO,
                OptionalLong.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static final class FakeSource implements RegistrySource {
        private final List<ModelView> cached;
        private final List<ModelView> fresh;
        boolean progressSeen;
        java.util.Optional<org.steward.core.chain.logs.Reorg> reorg = java.util.Optional.empty();
        java.util.Optional<org.steward.core.token.TokenInfo> token = java.util.Optional.empty();

        FakeSource(List<ModelView> cached, List<ModelView> fresh) {
            this.cached = cached;
            this.fresh = fresh;
        }

        @Override
        public List<ModelView> cachedRows(long now) {
            return cached;
        }

        @Override
        public RegistrySync.Snapshot refresh(Progress progress) {
            progress.update(1, 2, "page 1 of 2");
            progressSeen = true;
            if (fresh == null) {
                throw new UserFacingException("Cannot reach the RPC: check the URL.");
            }
            return new RegistrySync.Snapshot(fresh, new RegistryMetrics(List.of(new Metric("slashingFrequency", 0.5, "slashes per 100 model-days")),
                    Map.of(), Map.of()), 42, 1_000_000, new org.steward.core.chain.logs.LogListNotice(reorg, List.of()));
        }

        @Override
        public java.util.Optional<org.steward.core.token.TokenInfo> tokenInfo() {
            return token;
        }
    }
}
