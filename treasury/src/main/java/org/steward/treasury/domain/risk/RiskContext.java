package org.steward.treasury.domain.risk;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import org.steward.core.eth.Address;

/**
 * What the checks need beyond the transaction: the Safe, addresses people know (owners, the Safe,
 * the address book) to spot look-alikes, extra trusted delegatecall targets (a devnet's own
 * MultiSendCallOnly), the Safe's ETH balance, targets found to hold no code, and how many other
 * queued transactions use the same nonce.
 */
public record RiskContext(Address safe, Map<Address, String> known, Set<Address> trustedDelegates, BigInteger balance,
                          Set<Address> withoutCode, int otherQueuedAtNonce) {

    public RiskContext {
        known = Map.copyOf(known);
        trustedDelegates = Set.copyOf(trustedDelegates);
        withoutCode = Set.copyOf(withoutCode);
    }

    /** Above this share of the balance a transfer is flagged; above {@link #HIGH_VALUE_SHARE} it is high risk. */
    public static final double VALUE_SHARE = 0.10;
    public static final double HIGH_VALUE_SHARE = 0.50;
}
