package org.steward.simulation;

import java.math.BigInteger;
import org.steward.core.eth.Address;

/**
 * A Safe transaction to simulate. {@code signatures} null means it does not have them yet: the
 * simulation stands in for them with owners impersonated on the fork (approveHash, then
 * pre-validated signatures) and says so in the report.
 */
public record SafeTxRequest(Address safe, Address to, BigInteger value, byte[] data, int operation, byte[] signatures) {

    public SafeTxRequest {
        value = value == null ? BigInteger.ZERO : value;
        data = data == null ? new byte[0] : data.clone();
        if (operation != 0 && operation != 1) {
            throw new IllegalArgumentException("The operation is 0 (call) or 1 (delegatecall), not " + operation + ".");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("The value cannot be negative.");
        }
        signatures = signatures == null ? null : signatures.clone();
    }

    public static SafeTxRequest unsigned(Address safe, Address to, BigInteger value, byte[] data, int operation) {
        return new SafeTxRequest(safe, to, value, data, operation, null);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
