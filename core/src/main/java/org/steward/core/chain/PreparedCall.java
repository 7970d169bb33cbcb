package org.steward.core.chain;

import java.math.BigInteger;
import org.steward.core.abi.CallNode;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/**
 * A transaction ready for the device: what it does in words, the decoded call Steward computed from
 * the bytes (as text, and as a tree of calls and named arguments), and what the device will show.
 * Shown to the person before anything is signed.
 */
public record PreparedCall(String title, Address to, BigInteger value, byte[] data, String decoded, CallNode calls, String subject) {

    public PreparedCall {
        data = data.clone();
        java.util.Objects.requireNonNull(calls, "calls");
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /**
     * Ledger's Ethereum app has no plugin for Governor or registry calls, so it shows the contract
     * call as blind-signed data: the recipient, the amount, the fees and the hash of the call data
     * (selector shown on newer firmware). Steward shows the same recipient and data so the two can be compared.
     */
    public String deviceText() {
        return "To: " + to.checksummed() + "\nAmount: " + value + " wei\nData: " + Hex.encode(java.util.Arrays.copyOf(data, Math.min(4, data.length)))
                + "… (" + data.length + " bytes, blind signing must be enabled on a Ledger)";
    }
}
