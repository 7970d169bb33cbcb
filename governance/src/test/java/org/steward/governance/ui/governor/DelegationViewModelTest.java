package org.steward.governance.ui.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.governance.domain.governor.VoterPosition;

class DelegationViewModelTest {

    private static final Address ME = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final Address OTHER = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private static final BigInteger BALANCE = BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(400_000));

    @Test
    void anAccountThatIsItsOwnDelegateCannotDelegateToItselfAgainAndIsToldWhy() {
        StubGovernorSource source = new StubGovernorSource(new VoterPosition(ME, BALANCE, BALANCE, ME, BigInteger.ZERO, false));
        DelegationViewModel vm = new DelegationViewModel(source, new DirectTaskRunner(), () -> DevicePrompts.NONE);
        vm.activate();

        assertThat(vm.summary().get().text()).isEqualTo("Balance 400,000 STW · votes 400,000 STW · delegate: yourself");
        assertThat(vm.canDelegateToSelf().get()).isFalse();
        assertThat(vm.selfNote().get()).contains("already your own delegate");
        vm.delegateToSelf();
        assertThat(source.delegations).as("no transaction is prepared").isEmpty();
        assertThat(vm.review().pending().get()).isNull();
    }

    @Test
    void anAccountDelegatingElsewhereCanTakeItsVotesBack() {
        StubGovernorSource source = new StubGovernorSource(new VoterPosition(ME, BALANCE, BigInteger.ZERO, OTHER, BigInteger.ZERO, false));
        DelegationViewModel vm = new DelegationViewModel(source, new DirectTaskRunner(), () -> DevicePrompts.NONE);
        vm.activate();

        assertThat(vm.canDelegateToSelf().get()).isTrue();
        assertThat(vm.selfNote().get()).isEmpty();
        vm.delegateToSelf();
        assertThat(source.delegations).containsExactly(ME);
        assertThat(vm.review().pending().get()).isNotNull();
    }

    @Test
    void theCurrentDelegateTypedAgainIsRefusedBeforeAnythingIsPrepared() {
        StubGovernorSource source = new StubGovernorSource(new VoterPosition(ME, BALANCE, BigInteger.ZERO, OTHER, BigInteger.ZERO, false));
        DelegationViewModel vm = new DelegationViewModel(source, new DirectTaskRunner(), () -> DevicePrompts.NONE);
        vm.activate();

        vm.delegatee().set(OTHER.lowerHex());
        assertThat(vm.delegateeError().get()).contains("already your delegate");
        vm.delegateToAddress();
        assertThat(source.delegations).isEmpty();

        vm.delegatee().set(ME.checksummed());
        assertThat(vm.delegateeError().get()).isEmpty();
    }

    @Test
    void anUndelegatedBalanceIsWarnedOfInTokens() {
        StubGovernorSource source = new StubGovernorSource(new VoterPosition(ME, BALANCE, BigInteger.ZERO, Address.ZERO, BigInteger.ZERO, false));
        DelegationViewModel vm = new DelegationViewModel(source, new DirectTaskRunner(), () -> DevicePrompts.NONE);
        vm.activate();

        assertThat(vm.warning().get().text()).startsWith("Your 400,000 STW are not delegated");
        assertThat(vm.canDelegateToSelf().get()).isTrue();
    }
}
