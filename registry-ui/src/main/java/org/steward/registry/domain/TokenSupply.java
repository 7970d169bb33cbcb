package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.steward.core.eth.Address;
import org.steward.registry.domain.RegistryEvent.Transfer;

/**
 * The token's supply and the registry's balance block by block, replayed from Transfer events
 * (a mint comes from the zero address, a burn goes to it). Values are as at the end of a block,
 * as ERC20Votes checkpoints read them.
 */
final class TokenSupply {

    private final TreeMap<Long, BigInteger> supply = new TreeMap<>();
    private final TreeMap<Long, BigInteger> registryBalance = new TreeMap<>();

    TokenSupply(List<RegistryEvent> events, Address registry) {
        BigInteger s = BigInteger.ZERO;
        BigInteger r = BigInteger.ZERO;
        for (RegistryEvent e : events) {
            if (e instanceof Transfer t) {
                if (t.from().equals(Address.ZERO)) {
                    s = s.add(t.value());
                }
                if (t.to().equals(Address.ZERO)) {
                    s = s.subtract(t.value());
                }
                if (t.to().equals(registry)) {
                    r = r.add(t.value());
                }
                if (t.from().equals(registry)) {
                    r = r.subtract(t.value());
                }
                supply.put(t.meta().block(), s);
                registryBalance.put(t.meta().block(), r);
            }
        }
    }

    boolean isEmpty() {
        return supply.isEmpty();
    }

    BigInteger supplyAt(long block) {
        return at(supply, block);
    }

    BigInteger registryBalanceAt(long block) {
        return at(registryBalance, block);
    }

    private static BigInteger at(TreeMap<Long, BigInteger> series, long block) {
        Map.Entry<Long, BigInteger> e = series.floorEntry(block);
        return e == null ? BigInteger.ZERO : e.getValue();
    }
}
