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

    /**
     * What is wrong with the state itself, one sentence each: a threshold of 0, or above the number
     * of distinct owners, means no transaction can be executed as the person expects — or that the
     * node lies about the Safe. Empty for a sound Safe.
     */
    public List<String> problems() {
        List<String> out = new java.util.ArrayList<>();
        long distinct = owners.stream().distinct().count();
        if (distinct < owners.size()) {
            out.add("The Safe's owner list names an address more than once (" + owners.size() + " entries, " + distinct
                    + " distinct owners): a real Safe cannot hold that, so check the RPC.");
        }
        if (threshold < 1) {
            out.add("The Safe reports a threshold of " + threshold + ": it is not set up, or the RPC is lying; do not send funds to it.");
        } else if (threshold > distinct) {
            out.add("The Safe reports a threshold of " + (threshold == Integer.MAX_VALUE ? "2^31 or more" : Integer.toString(threshold))
                    + " with only " + distinct + (distinct == 1 ? " distinct owner" : " distinct owners") + ": no transaction could collect enough signatures, so the RPC is "
                    + "probably lying; check the Safe on another RPC.");
        }
        return List.copyOf(out);
    }

    public boolean isOwner(Address a) {
        return owners.contains(a);
    }
}
