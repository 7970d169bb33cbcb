package org.steward.treasury.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;

/**
 * The new-transaction forms' text turned into Safe transactions. Amounts are typed as people read
 * them, ether and whole tokens ("12.5"), and converted exactly: more fractional digits than the
 * unit has is refused with a sentence, never rounded, so what is signed is what was typed.
 */
public final class SafeTxForms {

    private static final int ETHER_DECIMALS = 18;

    private SafeTxForms() {
    }

    public static SafeTx payEth(String to, String ether, BigInteger nonce) {
        return SafeTx.call(Address.parse(to), ether(ether), new byte[0], nonce);
    }

    /**
     * An ERC-20 {@code transfer} of {@code amount} whole tokens ("12.5"), converted with the token's decimals.
     *
     * @param decimals what the token contract says; 0 for a token without fractions
     */
    public static SafeTx payToken(String token, String to, String amount, int decimals, BigInteger nonce) {
        BigInteger units = smallestUnits(amount, decimals, "token");
        return SafeTx.call(Address.parse(token), BigInteger.ZERO,
                AbiCalls.encode(Erc20Functions.TRANSFER, List.of(Address.parse(to).lowerHex(), units.toString())), nonce);
    }

    /** @param ether the value sent with the call in ether; empty for none */
    public static SafeTx call(String to, String ether, byte[] data, BigInteger nonce) {
        return SafeTx.call(Address.parse(to), ether.strip().isEmpty() ? BigInteger.ZERO : ether(ether), data, nonce);
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

    /** Wei from ether as typed ("0.5"). */
    public static BigInteger ether(String ether) {
        return smallestUnits(ether, ETHER_DECIMALS, "ETH");
    }

    /**
     * {@code amount} whole units ("12.5") in the smallest unit, exactly: 12.5 with 18 decimals is
     * 12500000000000000000. Refuses a negative amount, one that is not a plain decimal number
     * (no exponent, no grouping) and one with more fractional digits than {@code decimals}.
     *
     * @param unit how the sentence names the unit: "ETH", "STW", "token"
     */
    public static BigInteger smallestUnits(String amount, int decimals, String unit) {
        String text = amount == null ? "" : amount.strip();
        if (text.isEmpty()) {
            throw new SafeInputException("Type an amount in " + unit + ", for example 12.5.");
        }
        if (!text.matches("[0-9]*(\\.[0-9]*)?") || text.equals(".")) {
            throw new SafeInputException("\"" + shortened(text) + "\" is not an amount: type digits with at most one decimal point, for example 12.5.");
        }
        BigDecimal exact = new BigDecimal(text.endsWith(".") ? text.substring(0, text.length() - 1) : text.startsWith(".") ? "0" + text : text);
        BigDecimal significant = exact.stripTrailingZeros();
        if (significant.scale() > decimals) {
            throw new SafeInputException(decimals == 0 ? unit + " has no fractions: type a whole number."
                    : unit + " has " + decimals + " decimals: " + shortened(text) + " has " + significant.scale() + " after the point.");
        }
        return exact.movePointRight(decimals).toBigIntegerExact();
    }

    /** Typed text goes back into a sentence, so a pasted essay does not become one. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
