package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Hash32;
import org.steward.core.task.DirectTaskRunner;
import org.steward.treasury.domain.SafeTx;

class SafeSessionTest {

    private final FakeSafeDesk desk = new FakeSafeDesk();
    private final SafeSession session = new SafeSession(desk, new DirectTaskRunner());

    @Test
    void activatingReadsTheSafeOnceAndSaysTheQueueIsEmpty() {
        session.activate();
        session.deactivate();
        session.activate();

        assertThat(desk.stateReads).as("read once; a tab coming back does not read again").isEqualTo(1);
        assertThat(session.state().get().nonce()).isEqualTo(BigInteger.valueOf(4));
        assertThat(session.queue()).isEmpty();
        assertThat(session.status().get()).isEqualTo("Nothing waiting for signatures.");
        assertThat(session.busy().get()).isFalse();
    }

    @Test
    void theNextNonceIsTheFirstNoQueuedTransactionUses() {
        desk.enqueue(desk.state, SafeTx.call(FakeSafeDesk.BOB, BigInteger.ONE, new byte[0], BigInteger.valueOf(4)), "built");
        desk.enqueue(desk.state, SafeTx.call(FakeSafeDesk.BOB, BigInteger.TWO, new byte[0], BigInteger.valueOf(4)), "built");
        desk.enqueue(desk.state, SafeTx.call(FakeSafeDesk.BOB, BigInteger.TEN, new byte[0], BigInteger.valueOf(6)), "built");
        session.activate();

        assertThat(session.nextNonce()).isEqualTo(BigInteger.valueOf(7));
        assertThat(session.status().get()).isEqualTo("3 transactions waiting for signatures");
        assertThat(session.queue()).extracting(QueueRow::conflict).containsExactly(
                "conflict: 2 share this nonce, executing one replaces the others", "conflict: 2 share this nonce, executing one replaces the others", "");
    }

    @Test
    void aFailedReadSaysWhyAndIsNoLongerBusy() {
        desk.failStateWith = new UserFacingException("Cannot reach the RPC at http://127.0.0.1:9: check the URL.");
        List<Hash32> told = new ArrayList<>();
        session.whenRead(told::add);
        session.activate();

        assertThat(session.status().get()).isEqualTo("Cannot reach the RPC at http://127.0.0.1:9: check the URL.");
        assertThat(session.busy().get()).isFalse();
        assertThat(session.state().get()).isNull();
        assertThat(told).as("no tab follows a read that failed").isEmpty();
    }

    @Test
    void aQueuedTransactionIsReadBackAndNamedToTheTabsWithTheActionsOutcome() {
        List<Hash32> told = new ArrayList<>();
        int[] actions = {0};
        session.whenRead(told::add);
        session.afterAction(() -> actions[0]++);
        session.activate();

        session.enqueue("Queue the payment", SafeTx.call(FakeSafeDesk.BOB, BigInteger.ONE, new byte[0], session.nextNonce()), "built", "Queued.");

        assertThat(session.queue()).singleElement().satisfies(r -> assertThat(r.origin()).isEqualTo("built"));
        assertThat(told).as("the first read names nothing, the one after queueing names the new transaction")
                .containsExactly(null, session.queue().get(0).queued().safeTxHash());
        assertThat(session.status().get()).isEqualTo("Queued.");
        assertThat(actions[0]).as("the read, the queueing and the read after it each tell the other views").isEqualTo(3);
    }
}
