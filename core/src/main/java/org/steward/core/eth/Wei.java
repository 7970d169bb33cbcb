package org.steward.core.eth;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An amount of the chain's native currency in wei, never negative. */
public record Wei(BigInteger value) implements Comparable<Wei> {

    public static final Wei ZERO = new Wei(BigInteger.ZERO);
    private static final int DECIMALS = 18;

    public Wei {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + value);
        }
    }

    public static Wei of(long wei) {
        return new Wei(BigInteger.valueOf(wei));
    }

    public static Wei ofEther(String ether) {
        return new Wei(new BigDecimal(ether).movePointRight(DECIMALS).toBigIntegerExact());
    }

    /** Exact decimal ether, trailing zeros dropped ("1.5", "0.000000000000000001"). */
    public String toEtherString() {
        BigDecimal d = new BigDecimal(value, DECIMALS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    @Override
    public int compareTo(Wei o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
