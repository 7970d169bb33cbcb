package org.steward.treasury.domain;

import java.util.ArrayList;
import java.util.List;
import org.steward.core.eth.Address;

/**
 * What the fields of a SafeTx alone say a signer must look at twice. These need no chain access;
 * checks against the Safe's state (owners, known contracts, balances) belong to the service layer.
 */
public record SafeTxWarning(Kind kind, String text) {

    public enum Kind {
        /** The target's code runs as the Safe: it can change owners, modules or drain the Safe. */
        DELEGATECALL,
        /** The Safe pays the executor gasPrice per unit of gas in gasToken: a way to move funds out. */
        GAS_REFUND,
        GAS_TOKEN,
        REFUND_RECEIVER,
        /** A call inside a multiSend batch is itself a delegatecall, running as the Safe. */
        BATCH_DELEGATECALL,
        /** The data claims to be a multiSend batch but cannot be read whole, so its calls cannot be shown. */
        UNREADABLE_BATCH
    }

    public static List<SafeTxWarning> of(SafeTx tx) {
        List<SafeTxWarning> out = new ArrayList<>();
        if (tx.operation() == Operation.DELEGATECALL) {
            out.add(new SafeTxWarning(Kind.DELEGATECALL, "delegatecall to " + tx.to()
                    + ": its code runs with the Safe's storage and funds; sign only if it is the canonical MultiSendCallOnly, SignMessageLib or SafeMigration."));
        }
        if (tx.paysRefund()) {
            out.add(new SafeTxWarning(Kind.GAS_REFUND, "gasPrice is " + tx.gasPrice()
                    + ", so the Safe pays whoever executes it a refund out of its own funds; most transactions use 0."));
        }
        if (!tx.gasToken().equals(Address.ZERO)) {
            out.add(new SafeTxWarning(Kind.GAS_TOKEN, "the refund is paid in token " + tx.gasToken() + " instead of the native currency."));
        }
        if (!tx.refundReceiver().equals(Address.ZERO)) {
            out.add(new SafeTxWarning(Kind.REFUND_RECEIVER, "the refund goes to " + tx.refundReceiver() + " rather than to the executor."));
        }
        if (MultiSendBatch.isMultiSend(tx.data())) {
            addBatchWarnings(tx.data(), out);
        }
        return List.copyOf(out);
    }

    private static void addBatchWarnings(byte[] data, List<SafeTxWarning> out) {
        try {
            for (MultiSendBatch.BatchEntry e : MultiSendBatch.decodeNested(data)) {
                if (e.call().operation() == Operation.DELEGATECALL) {
                    out.add(new SafeTxWarning(Kind.BATCH_DELEGATECALL, "call " + e.path() + " of the batch is a delegatecall to " + e.call().to()
                            + ": its code runs with the Safe's storage and funds."));
                }
            }
        } catch (SafeInputException e) {
            out.add(new SafeTxWarning(Kind.UNREADABLE_BATCH, e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return "WARNING: " + text;
    }
}
