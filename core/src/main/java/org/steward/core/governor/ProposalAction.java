package org.steward.core.governor;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/** One call a Governor proposal makes through the timelock: target, ETH value, call data. */
public record ProposalAction(Address target, BigInteger value, byte[] calldata) {

    public ProposalAction {
        Objects.requireNonNull(target, "target");
        value = value == null ? BigInteger.ZERO : value;
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a proposal action cannot send a negative value");
        }
        calldata = calldata == null ? new byte[0] : calldata.clone();
    }

    @Override
    public byte[] calldata() {
        return calldata.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProposalAction a && target.equals(a.target) && value.equals(a.value) && Arrays.equals(calldata, a.calldata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, value, Arrays.hashCode(calldata));
    }

    @Override
    public String toString() {
        return "ProposalAction[" + target.checksummed() + ", " + value + " wei, " + Hex.encode(calldata) + "]";
    }
}
