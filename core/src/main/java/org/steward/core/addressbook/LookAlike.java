package org.steward.core.addressbook;

import java.util.Map;
import java.util.Optional;
import org.steward.core.eth.Address;

/**
 * Address poisoning: an attacker makes an address whose first and last characters match one the
 * victim uses, because wallets show only those. Same first 4 and last 4 hex digits, different address.
 */
public final class LookAlike {

    private static final int EDGE = 4;

    private LookAlike() {
    }

    /** The known address {@code candidate} imitates, with its label. */
    public static Optional<Map.Entry<Address, String>> imitated(Address candidate, Map<Address, String> known) {
        if (known.containsKey(candidate)) {
            return Optional.empty();
        }
        String c = candidate.lowerHex().substring(2);
        return known.entrySet().stream().filter(k -> {
            String h = k.getKey().lowerHex().substring(2);
            return h.regionMatches(0, c, 0, EDGE) && h.regionMatches(h.length() - EDGE, c, c.length() - EDGE, EDGE);
        }).findFirst();
    }
}
