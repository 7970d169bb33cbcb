package org.steward.simulation.report;

import java.math.BigInteger;
import org.steward.core.eth.Address;

/**
 * One holder's balance of ether ({@code token} null) or of one ERC-20 before and after the run.
 * {@code name} is the address book's name for the holder, or null; {@code symbol} and
 * {@code decimals} are what the token said (its symbol() and decimals()), null and 18 if it would not say.
 */
public record BalanceChange(Address address, String name, Address token, String symbol, int decimals, BigInteger before, BigInteger after) {

    public BigInteger delta() {
        return after.subtract(before);
    }

    public boolean isEther() {
        return token == null;
    }
}
