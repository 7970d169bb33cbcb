package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Wei;
import org.steward.core.task.DirectTaskRunner;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeVersion;

class SafeOverviewViewModelTest {

    private static final Address SAFE = Address.parse("0xC705eB866B091F321553758Bc52C554946b84af5");
    private static final List<Address> OWNERS = List.of(Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
            Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Address.parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
    private static final Address HANDLER = Address.parse("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");

    @Test
    void aPlainTwoOfThreeHasNoWarnings() {
        SafeOverviewViewModel vm = new SafeOverviewViewModel(() -> state(2, List.of(), Address.ZERO, HANDLER), TokenInfo::unknown, new DirectTaskRunner());
        vm.activate();
        assertThat(SafeOverviewViewModel.policy(vm.stateProperty().get())).isEqualTo("2 of 3");
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Safe 1.5.0 on chain 31337, next nonce 4");
    }

    @Test
    void everyWayAroundTheThresholdIsNamed() {
        Address module = Address.parse("0x0000000000000000000000000000000000000abc");
        SafeOverviewViewModel vm = new SafeOverviewViewModel(() -> state(1, List.of(module), module, Address.ZERO), TokenInfo::unknown, new DirectTaskRunner());
        vm.activate();
        assertThat(vm.warnings()).hasSize(4)
                .anySatisfy(w -> assertThat(w).startsWith("1 module(s) enabled"))
                .anySatisfy(w -> assertThat(w).startsWith("A transaction guard is set"))
                .anySatisfy(w -> assertThat(w).startsWith("Threshold 1"))
                .anySatisfy(w -> assertThat(w).startsWith("No fallback handler"));
    }

    @Test
    void aThresholdNoTransactionCanReachIsShownFirst() {
        for (int threshold : new int[] {0, 4, Integer.MAX_VALUE}) {
            SafeOverviewViewModel vm = new SafeOverviewViewModel(() -> state(threshold, List.of(), Address.ZERO, HANDLER), TokenInfo::unknown, new DirectTaskRunner());
            vm.activate();
            assertThat(vm.warnings()).as("threshold " + threshold).singleElement()
                    .satisfies(w -> assertThat(w).startsWith("The Safe reports a threshold of " + (threshold == Integer.MAX_VALUE ? "2^31 or more" : threshold)));
        }
    }

    @Test
    void aFailedReadShowsItsSentence() {
        SafeOverviewViewModel vm = new SafeOverviewViewModel(() -> {
            throw new UserFacingException("Cannot reach the RPC at http://127.0.0.1:9: check the URL.");
        }, TokenInfo::unknown, new DirectTaskRunner());
        vm.activate();
        assertThat(vm.statusProperty().get()).isEqualTo("Cannot reach the RPC at http://127.0.0.1:9: check the URL.");
        assertThat(vm.stateProperty().get()).isNull();
    }

    @Test
    void tokenBalancesReadInTheTokensOwnDecimalsAndSymbolWithTheExactAmountKept() {
        Address stw = Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");
        Address usdc = Address.parse("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
        Address hostile = Address.parse("0x00000000000000000000000000000000000bad01");
        Map<Address, TokenInfo> said = Map.of(
                stw, TokenInfo.fromContract(stw, "Steward", "STW", BigInteger.valueOf(18)),
                usdc, TokenInfo.fromContract(usdc, "USD Coin", "USDC", BigInteger.valueOf(6)),
                hostile, TokenInfo.fromContract(hostile, "Tether\u202E", "US\u202EDT", BigInteger.valueOf(6)));
        SafeState s = new SafeState(SAFE, ChainId.of(31337), SafeVersion.parse("1.5.0"), OWNERS, 2, BigInteger.ONE, List.of(),
                Address.ZERO, HANDLER, Address.ZERO, Wei.ZERO, Map.of(stw, new BigInteger("5000000500000000000000000"),
                usdc, BigInteger.valueOf(1_234_567_890), hostile, BigInteger.valueOf(2_000_000)));
        SafeOverviewViewModel vm = new SafeOverviewViewModel(() -> s, said::get, new DirectTaskRunner());
        vm.activate();
        assertThat(vm.assets()).extracting(r -> r.symbol() + " " + r.balance().text()).containsExactly(
                hostile.shortForm() + " 2 " + hostile.shortForm(), "STW 5,000,000.5 STW", "USDC 1,234.5678 USDC");
        assertThat(vm.assets().get(0).name()).as("a hidden character in the name is written out").isEqualTo("Tether⟨U+202E⟩");
        assertThat(vm.assets().get(2).balance().exact()).isEqualTo("1,234.56789 USDC (1234567890 with 6 decimals)");
    }

    private static SafeState state(int threshold, List<Address> modules, Address guard, Address handler) {
        return new SafeState(SAFE, ChainId.of(31337), SafeVersion.parse("1.5.0"), OWNERS, threshold, BigInteger.valueOf(4),
                modules, guard, handler, Address.ZERO, Wei.ofEther("1.5"), Map.of());
    }
}
