package org.steward.treasury.domain;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Wei;

/**
 * What a Safe is at one moment: who controls it (owners, threshold, modules, guard, fallback
 * handler, singleton), which nonce comes next, and what it holds. Everything that can change who
 * can move the funds is here, because every one of them is a way a Safe gets taken over.
 */
public record SafeState(
        Address safe,
        ChainId chainId,
        SafeVersion version,
        List<Address> owners,
        int threshold,
        BigInteger nonce,
        List<Address> modules,
        Address guard,
        Address fallbackHandler,
        Address singleton,
        Wei balance,
        Map<Address, BigInteger> tokenBalances) {

    public SafeState {
        Objects.requireNonNull(safe, "safe");
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(version, "version");
        owners = List.copyOf(owners);
        modules = List.copyOf(modules);
        tokenBalances = Map.copyOf(tokenBalances);
    }

    /** The EIP-712 domain the Safe's signatures are made in. */
    public SafeDomain domain() {
        return new SafeDomain(chainId, safe, version);
    }

    public boolean isOwner(Address a) {
        return owners.contains(a);
    }
}
