package org.steward.treasury.domain;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/** One call inside a MultiSend batch, as the batch contract executes it. */
public record MultiSendCall(Operation operation, Address to, BigInteger value, byte[] data) {

    public MultiSendCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(value, "value");
        if (operation == Operation.CREATE) {
            throw new SafeInputException("a MultiSend batch cannot hold a create operation: use 0 for a call or 1 for a delegatecall.");
        }
        if (value.signum() < 0 || value.bitLength() > 256) {
            throw new SafeInputException("value " + value + " of a batched call does not fit a uint256.");
        }
        data = data == null ? new byte[0] : data.clone();
    }

    public static MultiSendCall call(Address to, BigInteger value, byte[] data) {
        return new MultiSendCall(Operation.CALL, to, value, data);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiSendCall c && operation == c.operation && to.equals(c.to) && value.equals(c.value)
                && Arrays.equals(data, c.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, to, value, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "MultiSendCall[" + operation + " " + to + ", value=" + value + ", data=" + Hex.encode(data) + "]";
    }
}
