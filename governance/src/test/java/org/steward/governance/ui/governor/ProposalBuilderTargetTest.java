package org.steward.governance.ui.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.governance.domain.governor.CallTargets;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.domain.governor.VoterPosition;

/** Picking a function in the proposal builder points the action at the contract the function belongs to. */
class ProposalBuilderTargetTest {

    private static final Address REGISTRY = Address.parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    private static final Address ME = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    @Test
    void aTokenFunctionTargetsTheTokenAndARegistryFunctionTheRegistry() {
        ProposalBuilderViewModel vm = builder();
        assertThat(vm.target().get()).isEqualTo(REGISTRY.checksummed());

        assertThat(vm.targetName().get()).isEqualTo("the model registry");

        vm.call().select(Erc20Functions.TRANSFER);
        assertThat(vm.target().get()).isEqualTo(StubGovernorSource.TOKEN.checksummed());
        assertThat(vm.targetName().get()).isEqualTo("the governance token");

        vm.call().select(KnownCalls.TIMELOCK.get(0));
        assertThat(vm.target().get()).as("the profile names no timelock here: the target is left as it was")
                .isEqualTo(StubGovernorSource.TOKEN.checksummed());

        vm.call().select(KnownCalls.registry("setParam"));
        assertThat(vm.target().get()).isEqualTo(REGISTRY.checksummed());
    }

    @Test
    void theActionIsAddedOnTheTokenWithTheTransferItEncodes() {
        ProposalBuilderViewModel vm = builder();
        vm.call().select(Erc20Functions.TRANSFER);
        vm.call().fill(java.util.List.of(ME.checksummed(), "1000"));
        vm.addAction();

        assertThat(vm.actionError().get()).isEmpty();
        assertThat(vm.actions()).singleElement().satisfies(a -> assertThat(a.target()).isEqualTo(StubGovernorSource.TOKEN));
    }

    @Test
    void aTargetTypedByHandIsKept() {
        ProposalBuilderViewModel vm = builder();
        vm.target().set(ME.checksummed());

        vm.call().select(Erc20Functions.APPROVE);
        assertThat(vm.target().get()).isEqualTo(ME.checksummed());
        assertThat(vm.targetName().get()).as("not one of the DAO's contracts").isEmpty();
    }

    @Test
    void theValueInWeiIsReadBackInEther() {
        ProposalBuilderViewModel vm = builder();
        vm.value().set("1500000000000000000000");
        assertThat(vm.valueInEther().get()).isEqualTo("= 1,500 ETH");
        vm.value().set("1");
        assertThat(vm.valueInEther().get()).isEqualTo("= 0.000000000000000001 ETH");
        vm.value().set("0.5");
        assertThat(vm.valueInEther().get()).as("not a number of wei: Add says why").isEmpty();
    }

    private static ProposalBuilderViewModel builder() {
        CallTargets calls = CallTargets.none().and(KnownCalls.REGISTRY, Optional.of(REGISTRY), "the model registry")
                .and(Erc20Functions.all(), Optional.of(StubGovernorSource.TOKEN), "the governance token").and(KnownCalls.TIMELOCK, Optional.empty());
        StubGovernorSource source = new StubGovernorSource(new VoterPosition(ME, BigInteger.ZERO, BigInteger.ZERO, ME, BigInteger.ZERO, false));
        return new ProposalBuilderViewModel(source, new DirectTaskRunner(), () -> DevicePrompts.NONE, calls);
    }
}
