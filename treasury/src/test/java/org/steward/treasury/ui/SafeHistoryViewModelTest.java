package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.eth.Hash32;
import org.steward.core.task.DirectTaskRunner;
import org.steward.treasury.service.history.SafeExecution;

class SafeHistoryViewModelTest {

    private final FakeSafeDesk desk = new FakeSafeDesk();
    private final SafeSession session = new SafeSession(desk, new DirectTaskRunner());
    private final SafeHistoryViewModel vm = new SafeHistoryViewModel(session, desk, new DirectTaskRunner());

    private static SafeExecution execution(int i) {
        Hash32 h = Hash32.of(pad(i + 1));
        return new SafeExecution(new EventMeta(FakeSafeDesk.SAFE, 100 + i, h, 1_700_000_000L + i, 0, h), h, true, BigInteger.ZERO, Optional.empty());
    }

    private static byte[] pad(int n) {
        byte[] b = new byte[32];
        b[31] = (byte) n;
        b[30] = (byte) (n >> 8);
        return b;
    }

    @Test
    void theHistoryFollowsEveryReadOfTheSafeUpToTheShownLimit() {
        desk.executions = IntStream.range(0, SafeHistoryViewModel.SHOWN + 5).mapToObj(SafeHistoryViewModelTest::execution).toList();
        session.activate();

        assertThat(vm.history()).hasSize(SafeHistoryViewModel.SHOWN);
        assertThat(vm.status().get()).isEmpty();
        vm.refresh();
        assertThat(desk.historyReads).isEqualTo(2);
    }

    @Test
    void aReorganisationFoundByTheReadIsSaidOnTheTabUntilAReadFindsNone() {
        desk.executions = List.of(execution(1));
        desk.historyNotice = new LogListNotice(Optional.of(new Reorg(120, 3, 2)), List.of());
        session.activate();

        assertThat(vm.notice().get()).isEqualTo("The chain reorganised 3 blocks deep at block 120; the list was re-read.");
        assertThat(vm.history()).hasSize(1);

        desk.historyNotice = LogListNotice.NONE;
        vm.refresh();
        assertThat(vm.notice().get()).isEmpty();
    }

    @Test
    void aHistoryThatCannotBeReadSaysWhyOnItsTabAndKeepsWhatWasShown() {
        desk.executions = List.of(execution(1));
        session.activate();
        desk.failHistoryWith = new UserFacingException("The RPC refused eth_getLogs: the range is too wide.");
        vm.refresh();

        assertThat(vm.status().get()).isEqualTo("The RPC refused eth_getLogs: the range is too wide.");
        assertThat(vm.history()).hasSize(1);
        assertThat(session.status().get()).as("the Safe itself was read").isEqualTo("Nothing waiting for signatures.");

        desk.failHistoryWith = null;
        vm.refresh();
        assertThat(vm.status().get()).isEmpty();
    }
}
