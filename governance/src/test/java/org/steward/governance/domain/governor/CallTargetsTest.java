package org.steward.governance.domain.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;

class CallTargetsTest {

    private static final Address REGISTRY = Address.parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    private static final Address TOKEN = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

    @Test
    void eachFunctionKeepsTheContractItWasAddedWith() {
        CallTargets t = CallTargets.none().and(KnownCalls.REGISTRY, Optional.of(REGISTRY)).and(Erc20Functions.all(), Optional.of(TOKEN))
                .and(KnownCalls.TIMELOCK, Optional.empty());

        assertThat(t.targetOf(Erc20Functions.TRANSFER)).contains(TOKEN);
        assertThat(t.targetOf(KnownCalls.registry("setParam"))).contains(REGISTRY);
        assertThat(t.targetOf(KnownCalls.TIMELOCK.get(0))).as("a contract the profile does not name").isEmpty();
        assertThat(t.targets()).containsExactly(REGISTRY, TOKEN);
        assertThat(t.functions()).startsWith(KnownCalls.REGISTRY.get(0)).contains(Erc20Functions.APPROVE)
                .hasSize(KnownCalls.REGISTRY.size() + Erc20Functions.all().size() + KnownCalls.TIMELOCK.size());
    }

    @Test
    void aFunctionListedTwiceStaysOnItsFirstContract() {
        CallTargets t = CallTargets.of(Erc20Functions.all(), TOKEN).and(Erc20Functions.all(), Optional.of(REGISTRY));

        assertThat(t.targetOf(Erc20Functions.TRANSFER)).contains(TOKEN);
        assertThat(t.functions()).hasSize(Erc20Functions.all().size());
    }
}
