package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTxWarningTest {

    @Test
    void flagsDelegatecallAndEveryRefundField() {
        // The README's interactive example sets exactly these: delegatecall, gasPrice 50, WETH, a receiver.
        SafeTx tx = PublishedSafeTxVectors.all().get(1).tx();

        assertThat(SafeTxWarning.of(tx)).extracting(SafeTxWarning::kind).containsExactly(
                SafeTxWarning.Kind.DELEGATECALL, SafeTxWarning.Kind.GAS_REFUND, SafeTxWarning.Kind.GAS_TOKEN, SafeTxWarning.Kind.REFUND_RECEIVER);
    }

    @Test
    void aPlainCallHasNoWarning() {
        SafeTx tx = PublishedSafeTxVectors.all().get(3).tx();

        assertThat(SafeTxWarning.of(tx)).isEmpty();
    }
}
