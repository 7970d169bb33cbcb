package org.steward.governance.domain.governor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;

/**
 * The functions a proposal builder offers, each with the DAO contract it is called on (registry
 * functions on the registry, ERC-20 functions on the token, …), so picking a function points the
 * action at its contract instead of leaving it on the one picked before. A function whose contract
 * the profile does not name has none: the person types the target.
 */
public final class CallTargets {

    private final Map<AbiFunction, Optional<Address>> homes;
    private final Map<Address, String> names;

    private CallTargets(Map<AbiFunction, Optional<Address>> homes, Map<Address, String> names) {
        this.homes = homes;
        this.names = names;
    }

    /** No function yet. */
    public static CallTargets none() {
        return new CallTargets(Map.of(), Map.of());
    }

    /** {@code functions}, all called on {@code target} (null or empty: no known contract). */
    public static CallTargets of(List<AbiFunction> functions, Address target) {
        return none().and(functions, Optional.ofNullable(target));
    }

    /** These targets with {@code functions} added on {@code target}; a function already listed keeps its first contract. */
    public CallTargets and(List<AbiFunction> functions, Optional<Address> target) {
        return and(functions, target, "");
    }

    /** As {@link #and(List, Optional)}, the contract named for the person ("the token"). */
    public CallTargets and(List<AbiFunction> functions, Optional<Address> target, String contractName) {
        Map<AbiFunction, Optional<Address>> more = new LinkedHashMap<>(homes);
        for (AbiFunction f : functions) {
            more.putIfAbsent(f, target);
        }
        Map<Address, String> named = new LinkedHashMap<>(names);
        if (!contractName.isBlank()) {
            target.ifPresent(t -> named.putIfAbsent(t, contractName));
        }
        return new CallTargets(more, named);
    }

    /** What the person calls the contract at {@code target} ("the token"), if it is one of these. */
    public Optional<String> nameOf(Address target) {
        return Optional.ofNullable(names.get(target));
    }

    /** In the order they were added. */
    public List<AbiFunction> functions() {
        return List.copyOf(homes.keySet());
    }

    /** The contract {@code function} is called on, if the profile names it. */
    public Optional<Address> targetOf(AbiFunction function) {
        return homes.getOrDefault(function, Optional.empty());
    }

    /** Every contract some function is called on. */
    public Set<Address> targets() {
        Set<Address> out = new LinkedHashSet<>();
        homes.values().forEach(t -> t.ifPresent(out::add));
        return out;
    }
}
