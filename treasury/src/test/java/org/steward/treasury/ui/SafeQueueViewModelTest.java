package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.treasury.domain.OwnerChange;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.risk.RiskFlag;
import org.steward.treasury.domain.risk.TypedConfirmation;

class SafeQueueViewModelTest {

    private final FakeSafeDesk desk = new FakeSafeDesk();
    private final DevicePrompts prompts = DevicePrompts.NONE;
    private final SafeSession session = new SafeSession(desk, new DirectTaskRunner());
    private final SafeQueueViewModel vm = new SafeQueueViewModel(session, desk, new DirectTaskRunner(), () -> prompts);

    private void queuePayment() {
        session.enqueue("Queue the payment", SafeTx.call(FakeSafeDesk.BOB, BigInteger.ONE, new byte[0], session.nextNonce()), "built", "Queued.");
    }

    @Test
    void aTransactionJustQueuedIsOpenedWithWhatWillBeSigned() {
        session.activate();
        queuePayment();

        QueueRow row = vm.selected().get();
        assertThat(row).isSameAs(vm.queue().get(0));
        assertThat(vm.reviewText().get()).startsWith("Domain hash   0x").contains("safeTxHash    " + row.queued().safeTxHash().hex())
                .contains("Simulation: not available (no fork in a unit test).").contains("Your Ledger will show:");
        assertThat(vm.flags().get()).isEqualTo("No risk flag.");
        assertThat(vm.signing().get()).as("the typed data the device is sent, for its screens").isNotNull();
        assertThat(vm.signable().get()).isTrue();
    }

    @Test
    void aHighRiskTransactionStaysLockedUntilTheHashsEndIsTyped() {
        session.activate();
        session.enqueue("Queue the owner change", SafeTx.call(FakeSafeDesk.SAFE, BigInteger.ZERO,
                OwnerChange.changeThreshold(FakeSafeDesk.OWNERS, 1), session.nextNonce()), "built", "Queued.");

        assertThat(vm.review().get().flags()).extracting(RiskFlag::code).contains(RiskFlag.Code.SAFE_SETTINGS_CHANGE);
        assertThat(vm.flags().get()).contains(TypedConfirmation.instruction(vm.review().get().hashes().safeTxHash()));
        assertThat(vm.signable().get()).isFalse();
        vm.confirmOffChain();
        assertThat(desk.deviceCalls).as("a locked review signs nothing").isEmpty();

        vm.typed().set("wrong");
        assertThat(vm.signable().get()).isFalse();
        vm.typed().set(TypedConfirmation.phrase(vm.review().get().hashes().safeTxHash()));
        assertThat(vm.signable().get()).isTrue();
    }

    @Test
    void signingApprovingAndExecutingGoToTheDeviceWithThePrompts() {
        session.activate();
        queuePayment();

        vm.confirmOffChain();
        assertThat(vm.status().get()).isEqualTo("Signed and stored; it has not left this machine.");
        assertThat(vm.selected().get()).as("the signed transaction is open again after the read").isNotNull();
        vm.approveOnChain();
        assertThat(vm.status().get()).isEqualTo("Approved on chain in transaction 0xa11.");
        vm.execute();

        assertThat(desk.deviceCalls).containsExactly("confirm 4", "approve 4", "execute 4");
        assertThat(desk.promptsSeen).isSameAs(prompts);
        assertThat(vm.status().get()).isEqualTo("Executed in transaction 0xe1e.");
        assertThat(vm.queue()).as("the executed nonce is behind the Safe's").isEmpty();
        assertThat(vm.selected().get()).as("what was open is gone from the queue").isNull();
        assertThat(vm.reviewText().get()).isEmpty();
    }

    @Test
    void aRejectionIsAnEmptyCallToTheSafeAtTheSameNonce() {
        session.activate();
        queuePayment();
        vm.reject();

        assertThat(vm.queue()).hasSize(2);
        SafeTx rejection = desk.queued.get(1).file().tx();
        assertThat(rejection.to()).isEqualTo(FakeSafeDesk.SAFE);
        assertThat(rejection.value()).isZero();
        assertThat(rejection.data()).isEmpty();
        assertThat(rejection.nonce()).isEqualTo(BigInteger.valueOf(4));
        assertThat(vm.selected().get().queued().file().tx()).as("the rejection is opened for review").isEqualTo(rejection);
        assertThat(vm.queue()).allSatisfy(r -> assertThat(r.conflict()).startsWith("conflict: 2 share this nonce"));
    }

    @Test
    void aLinkToAQueuedTransactionOpensItOnceTheQueueIsRead() {
        SafeTx tx = SafeTx.call(FakeSafeDesk.BOB, BigInteger.TWO, new byte[0], BigInteger.valueOf(4));
        String hash = desk.enqueue(desk.state, tx, "service").safeTxHash().hex();
        vm.open(hash.toUpperCase().replace("0X", "0x"));
        assertThat(vm.selected().get()).as("nothing read yet").isNull();

        session.activate();
        assertThat(vm.selected().get().queued().safeTxHash().hex()).isEqualTo(hash);
        vm.export();
        assertThat(vm.exported().get()).contains(hash.substring(2));
    }
}
