package org.steward.treasury.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;

/**
 * The new-transaction forms' text turned into Safe transactions. Amounts are exact: ETH with at
 * most 18 decimals, tokens in their smallest unit; anything else throws, for the form to report.
 */
public final class SafeTxForms {

    private static final BigDecimal ETHER = BigDecimal.TEN.pow(18);

    private SafeTxForms() {
    }

    public static SafeTx payEth(String to, String ether, BigInteger nonce) {
        return SafeTx.call(Address.parse(to), new BigDecimal(ether.strip()).multiply(ETHER).toBigIntegerExact(), new byte[0], nonce);
    }

    public static SafeTx payToken(String token, String to, String units, BigInteger nonce) {
        return SafeTx.call(Address.parse(token), BigInteger.ZERO,
                AbiCalls.encode(Erc20Functions.TRANSFER, List.of(Address.parse(to).lowerHex(), new BigInteger(units.strip()).toString())), nonce);
    }

    /** @param valueWei empty for none */
    public static SafeTx call(String to, String valueWei, byte[] data, BigInteger nonce) {
        return SafeTx.call(Address.parse(to), new BigInteger(valueWei.strip().isEmpty() ? "0" : valueWei.strip()), data, nonce);
    }

    /** A call from the Safe to itself: owner and threshold changes. */
    public static SafeTx selfCall(SafeState state, byte[] data, BigInteger nonce) {
        return SafeTx.call(state.safe(), BigInteger.ZERO, data, nonce);
    }

    /** The collected calls as one transaction: a delegatecall to the version's canonical MultiSendCallOnly. */
    public static SafeTx batch(SafeState state, List<MultiSendCall> calls, BigInteger nonce) {
        return new SafeTx(CanonicalLibraries.multiSendCallOnly(state.version().core()), BigInteger.ZERO, MultiSendBatch.encodeCallOnly(calls),
                Operation.DELEGATECALL, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, Address.ZERO, Address.ZERO, nonce);
    }
}
