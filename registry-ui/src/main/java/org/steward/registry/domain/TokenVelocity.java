package org.steward.registry.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.registry.domain.RegistryEvent.Transfer;

/** Transfer volume over the time-weighted average circulating supply, from the token's Transfer events. */
final class TokenVelocity {

    static final String DEFINITION = "Tokens transferred ÷ time-weighted average supply, from the first indexed token transfer until now; "
            + "mints, burns and transfers into or out of the registry (stake, bonds, rewards) are left out of the volume.";

    private TokenVelocity() {
    }

    /** Null without token transfers or supply. */
    static Double of(List<RegistryEvent> events, Address registry, long now) {
        BigInteger volume = BigInteger.ZERO;
        BigInteger supply = BigInteger.ZERO;
        BigDecimal supplySeconds = BigDecimal.ZERO;
        Long start = null;
        long last = 0;
        for (RegistryEvent e : events) {
            if (!(e instanceof Transfer t)) {
                continue;
            }
            long time = t.meta().blockTime();
            if (start == null) {
                start = time;
                last = time;
            }
            supplySeconds = supplySeconds.add(new BigDecimal(supply).multiply(BigDecimal.valueOf(Math.max(0, time - last))));
            last = Math.max(last, time);
            boolean mint = t.from().equals(Address.ZERO);
            boolean burn = t.to().equals(Address.ZERO);
            if (mint) {
                supply = supply.add(t.value());
            }
            if (burn) {
                supply = supply.subtract(t.value());
            }
            if (!mint && !burn && !t.from().equals(registry) && !t.to().equals(registry)) {
                volume = volume.add(t.value());
            }
        }
        if (start == null) {
            return null;
        }
        long end = Math.max(now, last);
        supplySeconds = supplySeconds.add(new BigDecimal(supply).multiply(BigDecimal.valueOf(end - last)));
        BigDecimal average = end == start ? new BigDecimal(supply) : supplySeconds.divide(BigDecimal.valueOf(end - start), MathContext.DECIMAL64);
        if (average.signum() == 0) {
            return null;
        }
        return new BigDecimal(volume).divide(average, MathContext.DECIMAL64).doubleValue();
    }
}
