package org.steward.treasury.domain;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/**
 * The ten fields a Safe owner signs. {@code baseGas} is called {@code dataGas} by Safe 0.1.0; the
 * value is the same, only the type string differs. Numbers are uint256 and checked as such here, so
 * nothing downstream can silently truncate them.
 */
public record SafeTx(
        Address to,
        BigInteger value,
        byte[] data,
        Operation operation,
        BigInteger safeTxGas,
        BigInteger baseGas,
        BigInteger gasPrice,
        Address gasToken,
        Address refundReceiver,
        BigInteger nonce) {

    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

    public SafeTx {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(gasToken, "gasToken");
        Objects.requireNonNull(refundReceiver, "refundReceiver");
        data = data == null ? new byte[0] : data.clone();
        checkUint256("value", value);
        checkUint256("safeTxGas", safeTxGas);
        checkUint256("baseGas", baseGas);
        checkUint256("gasPrice", gasPrice);
        checkUint256("nonce", nonce);
    }

    /** A plain call with no gas refund: what almost every Safe transaction is. */
    public static SafeTx call(Address to, BigInteger value, byte[] data, BigInteger nonce) {
        return new SafeTx(to, value, data, Operation.CALL, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO,
                Address.ZERO, Address.ZERO, nonce);
    }

    /**
     * The empty call from the Safe to itself at {@code nonce}: executing it uses the nonce up, so
     * every other transaction queued with that nonce can never run.
     */
    public static SafeTx rejection(Address safe, BigInteger nonce) {
        return call(safe, BigInteger.ZERO, new byte[0], nonce);
    }

    private static void checkUint256(String field, BigInteger n) {
        Objects.requireNonNull(n, field);
        if (n.signum() < 0 || n.compareTo(UINT256_LIMIT) >= 0) {
            throw new SafeInputException(field + " " + n + " does not fit a uint256: it must be between 0 and 2^256 - 1.");
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** A refund is paid from the Safe to refundReceiver (or tx.origin) in gasToken when gasPrice is non-zero. */
    public boolean paysRefund() {
        return gasPrice.signum() != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeTx t && to.equals(t.to) && value.equals(t.value) && Arrays.equals(data, t.data)
                && operation == t.operation && safeTxGas.equals(t.safeTxGas) && baseGas.equals(t.baseGas)
                && gasPrice.equals(t.gasPrice) && gasToken.equals(t.gasToken) && refundReceiver.equals(t.refundReceiver)
                && nonce.equals(t.nonce);
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, value, Arrays.hashCode(data), operation, safeTxGas, baseGas, gasPrice, gasToken, refundReceiver, nonce);
    }

    @Override
    public String toString() {
        return "SafeTx[to=" + to + ", value=" + value + ", data=" + Hex.encode(data) + ", operation=" + operation
                + ", safeTxGas=" + safeTxGas + ", baseGas=" + baseGas + ", gasPrice=" + gasPrice + ", gasToken=" + gasToken
                + ", refundReceiver=" + refundReceiver + ", nonce=" + nonce + "]";
    }
}
