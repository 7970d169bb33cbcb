package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.share.ServiceQueue;

class TxServiceViewModelTest {

    private final FakeSafeDesk desk = new FakeSafeDesk();
    private final SafeSession session = new SafeSession(desk, new DirectTaskRunner());
    private final SafeQueueViewModel queue = new SafeQueueViewModel(session, desk, new DirectTaskRunner(), () -> DevicePrompts.NONE);
    private final TxServiceViewModel vm = new TxServiceViewModel(session, queue, desk);

    @Test
    void sharesTheSelectedTransactionAndNothingWhenNoneIsSelected() {
        vm.serviceUrl().set(" http://127.0.0.1:8000/ ");
        vm.serviceKey().set("key-that-must-not-leak");
        session.activate();
        vm.share();
        assertThat(desk.serviceCalls).as("nothing selected").isEmpty();

        session.enqueue("Queue", SafeTx.call(FakeSafeDesk.BOB, BigInteger.ONE, new byte[0], BigInteger.valueOf(4)), "built", "Queued.");
        vm.share();

        assertThat(desk.serviceCalls).containsExactly("share http://127.0.0.1:8000/ 4");
        assertThat(session.status().get()).isEqualTo("1 signature(s) sent to the service.");
    }

    @Test
    void aFetchReadsTheQueueAgainAndNamesWhatWasRefused() {
        desk.serviceQueue = new ServiceQueue(List.of(), List.of(new ServiceQueue.Refused("0x" + "cd".repeat(32), "4", "its hash does not match")));
        vm.serviceUrl().set("http://127.0.0.1:8000");
        session.activate();
        int reads = desk.stateReads;
        vm.fetch();

        assertThat(desk.serviceCalls).containsExactly("fetch http://127.0.0.1:8000");
        assertThat(desk.stateReads).isEqualTo(reads + 1);
        assertThat(session.status().get()).isEqualTo("0 transaction(s) read from the service, each hash checked. Refused 0x"
                + "cd".repeat(32) + " (nonce 4): its hash does not match.");
    }

    @Test
    void theFetchedMessageNamesEachRefusedItemAfterTheCount() {
        String hash = "0x" + "ab".repeat(32);
        ServiceQueue q = new ServiceQueue(List.of(), List.of(new ServiceQueue.Refused(hash, "6", "the confirmation of 0x12 has no signature"),
                new ServiceQueue.Refused("(unreadable)", "(unreadable)", "it is not a transaction object")));
        assertThat(TxServiceViewModel.fetched(q)).isEqualTo("0 transaction(s) read from the service, each hash checked. Refused " + hash
                + " (nonce 6): the confirmation of 0x12 has no signature. Refused an item: it is not a transaction object.");
    }
}
