package org.steward.registry.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;

/** How concentrated stake is across providers: the Nakamoto coefficient at 50% and the HHI. */
public final class StakeConcentration {

    public static final String NAKAMOTO_DEFINITION = "The fewest providers whose stake together is more than 50% of all stake "
            + "(stake per provider = tokens registered and added, less unbonded and slashed, over all of a provider's models).";
    public static final String HHI_DEFINITION = "Herfindahl-Hirschman index of stake per provider: the sum of squared shares in "
            + "percent, from near 0 (dispersed) to 10,000 (one provider holds all stake).";

    private StakeConcentration() {
    }

    /** Null when no provider has stake. */
    public static Integer nakamoto(Collection<BigInteger> stakes) {
        List<BigInteger> sorted = positive(stakes).sorted((a, b) -> b.compareTo(a)).toList();
        BigInteger total = sorted.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() == 0) {
            return null;
        }
        BigInteger sum = BigInteger.ZERO;
        int n = 0;
        for (BigInteger s : sorted) {
            sum = sum.add(s);
            n++;
            if (sum.shiftLeft(1).compareTo(total) > 0) {
                break;
            }
        }
        return n;
    }

    /** Null when no provider has stake. */
    public static Double hhi(Collection<BigInteger> stakes) {
        List<BigInteger> positive = positive(stakes).toList();
        BigInteger total = positive.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() == 0) {
            return null;
        }
        BigDecimal t = new BigDecimal(total);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigInteger s : positive) {
            BigDecimal percent = new BigDecimal(s).multiply(BigDecimal.valueOf(100)).divide(t, MathContext.DECIMAL64);
            sum = sum.add(percent.multiply(percent));
        }
        return sum.doubleValue();
    }

    private static java.util.stream.Stream<BigInteger> positive(Collection<BigInteger> stakes) {
        return stakes.stream().filter(s -> s.signum() > 0);
    }
}
