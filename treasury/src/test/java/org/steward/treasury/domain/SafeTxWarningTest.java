package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;

class SafeTxWarningTest {

    @Test
    void flagsDelegatecallAndEveryRefundField() {
        // The README's interactive example sets exactly these: delegatecall, gasPrice 50, WETH, a receiver.
        SafeTx tx = PublishedSafeTxVectors.all().get(1).tx();

        assertThat(SafeTxWarning.of(tx)).extracting(SafeTxWarning::kind).containsExactly(
                SafeTxWarning.Kind.DELEGATECALL, SafeTxWarning.Kind.GAS_REFUND, SafeTxWarning.Kind.GAS_TOKEN, SafeTxWarning.Kind.REFUND_RECEIVER);
    }

    @Test
    void flagsADelegatecallInsideABatchByItsPath() {
        // The README's ethereum vector: a delegatecall to MultiSendCallOnly whose two calls are plain calls.
        SafeTx batch = PublishedSafeTxVectors.all().get(2).tx();
        MultiSendCall inner = new MultiSendCall(Operation.DELEGATECALL, batch.to(), BigInteger.ZERO, batch.data());
        SafeTx outer = new SafeTx(batch.to(), BigInteger.ZERO, MultiSendBatch.encode(List.of(inner)), Operation.DELEGATECALL,
                BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, Address.ZERO, Address.ZERO, BigInteger.ONE);

        assertThat(SafeTxWarning.of(batch)).extracting(SafeTxWarning::kind).containsExactly(SafeTxWarning.Kind.DELEGATECALL);
        assertThat(SafeTxWarning.of(outer)).extracting(SafeTxWarning::kind)
                .containsExactly(SafeTxWarning.Kind.DELEGATECALL, SafeTxWarning.Kind.BATCH_DELEGATECALL);
        assertThat(SafeTxWarning.of(outer).get(1).text()).startsWith("call 1 of the batch is a delegatecall to " + batch.to());
    }

    @Test
    void flagsABatchThatCannotBeRead() {
        SafeTx batch = PublishedSafeTxVectors.all().get(2).tx();
        byte[] cut = Arrays.copyOf(batch.data(), batch.data().length - 40);
        SafeTx truncated = new SafeTx(batch.to(), batch.value(), cut, batch.operation(), batch.safeTxGas(), batch.baseGas(),
                batch.gasPrice(), batch.gasToken(), batch.refundReceiver(), batch.nonce());

        assertThat(SafeTxWarning.of(truncated)).extracting(SafeTxWarning::kind)
                .containsExactly(SafeTxWarning.Kind.DELEGATECALL, SafeTxWarning.Kind.UNREADABLE_BATCH);
    }

    @Test
    void aPlainCallHasNoWarning() {
        SafeTx tx = PublishedSafeTxVectors.all().get(3).tx();

        assertThat(SafeTxWarning.of(tx)).isEmpty();
    }
}
