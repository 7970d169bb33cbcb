package org.steward.simulation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.steward.core.eth.Address;

/**
 * What the caller knows that the chain does not say: address-book names, the DAO's contracts whose
 * state the report follows (in addition to those recognised by their events), the delegatecall
 * targets it trusts (canonical MultiSend libraries), and words for revert strings (the Safe's GS codes).
 */
public record SimulationContext(Map<Address, String> names, Set<Address> safes, Optional<Address> governor, Optional<Address> timelock,
                                Optional<Address> registry, Set<Address> trustedDelegates, UnaryOperator<String> revertWords) {

    public SimulationContext {
        names = Map.copyOf(names);
        safes = Set.copyOf(safes);
        trustedDelegates = Set.copyOf(trustedDelegates);
    }

    public static SimulationContext none() {
        return new SimulationContext(Map.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), UnaryOperator.identity());
    }

    public SimulationContext withNames(Map<Address, String> n) {
        return new SimulationContext(n, safes, governor, timelock, registry, trustedDelegates, revertWords);
    }

    public SimulationContext withDao(Optional<Address> g, Optional<Address> t, Optional<Address> r) {
        return new SimulationContext(names, safes, g, t, r, trustedDelegates, revertWords);
    }

    public SimulationContext withTrustedDelegates(Set<Address> trusted) {
        return new SimulationContext(names, safes, governor, timelock, registry, trusted, revertWords);
    }

    public SimulationContext withRevertWords(UnaryOperator<String> words) {
        return new SimulationContext(names, safes, governor, timelock, registry, trustedDelegates, words);
    }

    String nameOf(Address a) {
        return names.get(a);
    }
}
