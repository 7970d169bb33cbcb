package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.task.DirectTaskRunner;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.domain.timelock.TimelockOperation;
import org.steward.treasury.domain.timelock.TimelockState;

class TimelockViewModelTest {

    private static final Address TIMELOCK = Address.parse("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9");

    private final FakeSafeDesk desk = new FakeSafeDesk();
    private final SafeSession session = new SafeSession(desk, new DirectTaskRunner());
    private final TimelockOperation operation = new TimelockOperation(List.of(new TimelockOperation.Call(FakeSafeDesk.BOB, BigInteger.ZERO, new byte[] {7})),
            TimelockOperation.NONE, TimelockOperation.NONE);
    private final TimelockEntry ready = new TimelockEntry(operation.id(), operation, 1_700_000_000L, 1_700_086_400L, TimelockState.READY, true);

    @Test
    void theOperationsAreReadWithTheSafeAndActingQueuesASafeTransactionAtTheNextNonce() {
        desk.operations = List.of(ready);
        TimelockViewModel vm = new TimelockViewModel(session, desk, new DirectTaskRunner(), Optional.of(TIMELOCK));
        session.activate();
        assertThat(vm.entries()).containsExactly(ready);

        vm.act(ready, true);
        vm.act(ready, false);

        assertThat(desk.timelockActions).containsExactly(
                "execute " + ready.id().hex() + " on " + TIMELOCK.checksummed() + " at nonce 4",
                "cancel " + ready.id().hex() + " on " + TIMELOCK.checksummed() + " at nonce 5");
        assertThat(session.status().get()).isEqualTo("Queued: review it, then sign.");
        assertThat(session.queue()).hasSize(2);
    }

    @Test
    void withoutATimelockOrASelectionNothingIsReadOrQueued() {
        desk.operations = List.of(ready);
        TimelockViewModel vm = new TimelockViewModel(session, desk, new DirectTaskRunner(), Optional.empty());
        session.activate();
        vm.act(ready, true);

        assertThat(vm.entries()).isEmpty();
        assertThat(desk.timelockActions).isEmpty();
        TimelockViewModel named = new TimelockViewModel(session, desk, new DirectTaskRunner(), Optional.of(TIMELOCK));
        named.act(null, true);
        assertThat(desk.timelockActions).as("no operation selected").isEmpty();
    }
}
