package org.steward.app.cli.safe;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.steward.core.eth.Hex;
import org.steward.core.format.Amounts;
import org.steward.treasury.domain.LedgerHashedDisplay;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.SafeTxWarning;

/** The readable block: the fields, the three hashes, what a Ledger shows, a batch's calls and the warnings. */
final class SafeTxReport {

    private SafeTxReport() {
    }

    static String render(SafeDomain domain, SafeTx tx, SafeTxHash hashes) {
        StringBuilder b = new StringBuilder();
        b.append("Safe:            ").append(domain.safe()).append(" (version ").append(domain.version()).append(", chain ")
                .append(domain.chainId()).append(domain.version().domainHasChainId() ? "" : ", not part of this version's domain").append(")\n");
        b.append("To:              ").append(tx.to()).append('\n');
        b.append("Value:           ").append(ether(tx.value())).append('\n');
        b.append("Data:            ").append(Hex.encode(tx.data())).append('\n');
        b.append("Operation:       ").append(tx.operation() == Operation.CALL ? "call" : "DELEGATECALL").append('\n');
        b.append("SafeTxGas:       ").append(tx.safeTxGas()).append('\n');
        b.append(domain.version().baseGasFieldName().equals("dataGas") ? "DataGas:         " : "BaseGas:         ").append(tx.baseGas()).append('\n');
        b.append("GasPrice:        ").append(tx.gasPrice()).append('\n');
        b.append("GasToken:        ").append(tx.gasToken()).append('\n');
        b.append("RefundReceiver:  ").append(tx.refundReceiver()).append('\n');
        b.append("Nonce:           ").append(tx.nonce()).append("\n\n");
        b.append("Domain hash:     ").append(hashes.domainHash()).append('\n');
        b.append("Message hash:    ").append(hashes.messageHash()).append('\n');
        b.append("safeTxHash:      ").append(hashes.safeTxHash()).append("\n\n");
        b.append("A Ledger in hashed EIP-712 mode must show exactly:\n");
        LedgerHashedDisplay.fields(hashes).forEach(f -> b.append("  ").append(f).append('\n'));
        appendBatch(b, tx.data());
        List<SafeTxWarning> warnings = SafeTxWarning.of(tx);
        if (!warnings.isEmpty()) {
            b.append('\n');
            warnings.forEach(w -> b.append(w).append('\n'));
        }
        return b.toString().stripTrailing();
    }

    /** Every decimal, since a terminal has no hover, with the integer the hash covers beside it. */
    private static String ether(BigInteger wei) {
        return Amounts.exactText(wei, 18, "ETH") + " (" + wei + " wei)";
    }

    /** The calls of a multiSend batch; an unreadable batch is left to its warning. */
    private static void appendBatch(StringBuilder b, byte[] data) {
        if (!MultiSendBatch.isMultiSend(data)) {
            return;
        }
        List<MultiSendBatch.BatchEntry> entries;
        try {
            entries = MultiSendBatch.decodeNested(data);
        } catch (SafeInputException e) {
            return;
        }
        b.append("\nmultiSend batch of ").append(entries.size()).append(" calls:\n");
        for (MultiSendBatch.BatchEntry e : entries) {
            byte[] callData = e.call().data();
            b.append("  ").append(e.path()).append(". ").append(e.call().operation() == Operation.CALL ? "call " : "DELEGATECALL ")
                    .append(e.call().to()).append(", value ").append(ether(e.call().value())).append(", ")
                    .append(callData.length == 0 ? "no data" : callData.length + " bytes of data, selector "
                            + Hex.encode(Arrays.copyOf(callData, Math.min(4, callData.length))))
                    .append('\n');
        }
    }
}
